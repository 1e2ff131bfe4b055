package jp.medsec.personnel;

/** Security personnel groups of seed 002 section 2: A (highest) to C. */
public enum Group {
    A, B, C
}
