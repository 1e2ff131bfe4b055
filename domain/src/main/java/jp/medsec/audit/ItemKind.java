package jp.medsec.audit;

/** A catalogue item: a requirement to meet, or a checklist's gate question that decides whether the rest applies. */
public enum ItemKind {
    REQUIREMENT, GATE
}
