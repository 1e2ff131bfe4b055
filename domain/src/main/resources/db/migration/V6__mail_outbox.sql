-- Mail decided by a job is written here in the same transaction as the decision, and sent from here. The dedup key
-- (e.g. reminder:<certification>:<cycle end>:<threshold>) makes each decision happen once, whatever restarts happen.

CREATE TABLE mail_outbox (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dedup_key   VARCHAR(200)  NOT NULL,
    recipient   VARCHAR(254)  NOT NULL,
    subject     VARCHAR(300)  NOT NULL,
    body        TEXT          NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    sent_at     DATETIME(6),
    attempts    INT           NOT NULL DEFAULT 0,
    last_error  VARCHAR(500),
    CONSTRAINT uq_mail_outbox_dedup UNIQUE (dedup_key),
    INDEX ix_mail_outbox_unsent (sent_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
