-- Points claims with evidence, decided by staff; history of decisions in claim_aud.

CREATE TABLE claim_evidence (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(50)  NOT NULL,
    size_bytes   INT          NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    content      LONGBLOB     NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE claim (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          INT          NOT NULL DEFAULT 0,
    holder_id        BIGINT       NOT NULL,
    category         VARCHAR(32)  NOT NULL,
    points           INT          NOT NULL,
    earned_on        DATE         NOT NULL,
    description      VARCHAR(300) NOT NULL,
    evidence_id      BIGINT       NOT NULL,
    state            VARCHAR(16)  NOT NULL,
    submitted_at     DATETIME(6)  NOT NULL,
    decided_by       VARCHAR(64),
    decided_at       DATETIME(6),
    rejection_reason VARCHAR(500),
    audit_sample     BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_claim_holder FOREIGN KEY (holder_id) REFERENCES holder (id),
    CONSTRAINT fk_claim_evidence FOREIGN KEY (evidence_id) REFERENCES claim_evidence (id),
    CONSTRAINT uq_claim_evidence UNIQUE (evidence_id),
    CONSTRAINT ck_claim_points CHECK (points BETWEEN 1 AND 25),
    INDEX ix_claim_state (state, submitted_at),
    INDEX ix_claim_holder (holder_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE claim_aud (
    id               BIGINT NOT NULL,
    rev              BIGINT NOT NULL,
    revtype          TINYINT,
    holder_id        BIGINT,
    category         VARCHAR(32),
    points           INT,
    earned_on        DATE,
    description      VARCHAR(300),
    state            VARCHAR(16),
    submitted_at     DATETIME(6),
    decided_by       VARCHAR(64),
    decided_at       DATETIME(6),
    rejection_reason VARCHAR(500),
    audit_sample     BOOLEAN,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_claim_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

ALTER TABLE point_entry ADD CONSTRAINT fk_point_entry_claim FOREIGN KEY (claim_id) REFERENCES claim (id);
