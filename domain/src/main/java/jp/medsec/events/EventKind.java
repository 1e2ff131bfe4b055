package jp.medsec.events;

/** 研修会 (training), 学会 (congress), セミナー (seminar), e-Learning. */
public enum EventKind {
    TRAINING, CONGRESS, SEMINAR, E_LEARNING
}
