-- Renewal applications and deferral requests, with their history.

CREATE TABLE renewal_application (
    id                   BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version              INT         NOT NULL DEFAULT 0,
    certification_id     BIGINT      NOT NULL,
    cycle_end            DATE        NOT NULL,
    state                VARCHAR(16) NOT NULL,
    submitted_at         DATETIME(6) NOT NULL,
    points_at_submission INT         NOT NULL,
    seminar_at_submission DATE,
    fee_paid_on          DATE,
    fee_yen              INT,
    decided_by           VARCHAR(64),
    decided_at           DATETIME(6),
    return_reasons       VARCHAR(1000),
    CONSTRAINT fk_renewal_certification FOREIGN KEY (certification_id) REFERENCES certification (id),
    INDEX ix_renewal_state (state, submitted_at),
    INDEX ix_renewal_certification (certification_id, cycle_end)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE renewal_application_aud (
    id                   BIGINT NOT NULL,
    rev                  BIGINT NOT NULL,
    revtype              TINYINT,
    certification_id     BIGINT,
    cycle_end            DATE,
    state                VARCHAR(16),
    submitted_at         DATETIME(6),
    points_at_submission INT,
    seminar_at_submission DATE,
    fee_paid_on          DATE,
    fee_yen              INT,
    decided_by           VARCHAR(64),
    decided_at           DATETIME(6),
    return_reasons       VARCHAR(1000),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_renewal_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE deferral_request (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          INT          NOT NULL DEFAULT 0,
    certification_id BIGINT       NOT NULL,
    reason           VARCHAR(16)  NOT NULL,
    note             VARCHAR(500) NOT NULL,
    years_requested  INT          NOT NULL,
    state            VARCHAR(16)  NOT NULL,
    submitted_at     DATETIME(6)  NOT NULL,
    decided_by       VARCHAR(64),
    decided_at       DATETIME(6),
    decision_note    VARCHAR(500),
    CONSTRAINT fk_deferral_certification FOREIGN KEY (certification_id) REFERENCES certification (id),
    INDEX ix_deferral_state (state, submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE deferral_request_aud (
    id               BIGINT NOT NULL,
    rev              BIGINT NOT NULL,
    revtype          TINYINT,
    certification_id BIGINT,
    reason           VARCHAR(16),
    note             VARCHAR(500),
    years_requested  INT,
    state            VARCHAR(16),
    submitted_at     DATETIME(6),
    decided_by       VARCHAR(64),
    decided_at       DATETIME(6),
    decision_note    VARCHAR(500),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_deferral_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
