-- An institution's security organisation (seed 002 section 1: IS management department, CISO and assistants,
-- 安全管理責任者, security committee, Group C people in departments), linked to persons so that "holds Group A" is
-- computed from the personnel classification; and the audit engine: an audit of one institution against a catalogue,
-- per-item status with evidence, and findings tracked through remediation to verification.

ALTER TABLE institution
    ADD COLUMN is_department      BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN security_committee BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN group_a_contract   BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE institution_aud
    ADD COLUMN is_department      BOOLEAN,
    ADD COLUMN security_committee BOOLEAN,
    ADD COLUMN group_a_contract   BOOLEAN;

-- Departments that run departmental systems or externally connected medical devices (they need Group C people).
CREATE TABLE security_department (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    institution_id BIGINT       NOT NULL,
    name           VARCHAR(100) NOT NULL,
    kind           VARCHAR(24)  NOT NULL,
    CONSTRAINT uq_security_department UNIQUE (institution_id, name),
    CONSTRAINT fk_security_department_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE security_role (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    institution_id BIGINT      NOT NULL,
    role           VARCHAR(32) NOT NULL,
    holder_id      BIGINT      NOT NULL,
    department_id  BIGINT,
    duty           VARCHAR(16) NOT NULL,
    since          DATE,
    CONSTRAINT uq_security_role UNIQUE (institution_id, role, holder_id, department_id),
    CONSTRAINT fk_security_role_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_security_role_holder FOREIGN KEY (holder_id) REFERENCES holder (id),
    CONSTRAINT fk_security_role_department FOREIGN KEY (department_id) REFERENCES security_department (id),
    INDEX ix_security_role_holder (holder_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE security_role_aud (
    id             BIGINT  NOT NULL,
    rev            BIGINT  NOT NULL,
    revtype        TINYINT,
    institution_id BIGINT,
    role           VARCHAR(32),
    holder_id      BIGINT,
    department_id  BIGINT,
    duty           VARCHAR(16),
    since          DATE,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_security_role_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE audit (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        INT          NOT NULL DEFAULT 0,
    institution_id BIGINT       NOT NULL,
    catalogue_id   BIGINT       NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    title          VARCHAR(200) NOT NULL,
    started_by     VARCHAR(64)  NOT NULL,
    started_at     DATETIME(6)  NOT NULL,
    completed_at   DATETIME(6),
    CONSTRAINT fk_audit_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_audit_catalogue FOREIGN KEY (catalogue_id) REFERENCES catalogue (id),
    INDEX ix_audit_institution (institution_id, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE audit_aud (
    id             BIGINT  NOT NULL,
    rev            BIGINT  NOT NULL,
    revtype        TINYINT,
    institution_id BIGINT,
    catalogue_id   BIGINT,
    kind           VARCHAR(20),
    title          VARCHAR(200),
    started_by     VARCHAR(64),
    started_at     DATETIME(6),
    completed_at   DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_audit_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE audit_item (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           INT           NOT NULL DEFAULT 0,
    audit_id          BIGINT        NOT NULL,
    catalogue_item_id BIGINT        NOT NULL,
    status            VARCHAR(16),
    suggested_status  VARCHAR(16),
    reason_ja         VARCHAR(1000),
    reason_en         VARCHAR(1000),
    note              VARCHAR(2000),
    effective_date    DATE,
    answered_by       VARCHAR(64),
    answered_at       DATETIME(6),
    CONSTRAINT uq_audit_item UNIQUE (audit_id, catalogue_item_id),
    CONSTRAINT fk_audit_item_audit FOREIGN KEY (audit_id) REFERENCES audit (id),
    CONSTRAINT fk_audit_item_catalogue_item FOREIGN KEY (catalogue_item_id) REFERENCES catalogue_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE audit_item_aud (
    id                BIGINT  NOT NULL,
    rev               BIGINT  NOT NULL,
    revtype           TINYINT,
    audit_id          BIGINT,
    catalogue_item_id BIGINT,
    status            VARCHAR(16),
    suggested_status  VARCHAR(16),
    reason_ja         VARCHAR(1000),
    reason_en         VARCHAR(1000),
    note              VARCHAR(2000),
    effective_date    DATE,
    answered_by       VARCHAR(64),
    answered_at       DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_audit_item_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

-- Evidence is appended, never edited: who uploaded what and when is the record itself.
CREATE TABLE audit_evidence (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    audit_item_id  BIGINT        NOT NULL,
    note           VARCHAR(2000),
    effective_date DATE          NOT NULL,
    file_name      VARCHAR(200),
    content_type   VARCHAR(100),
    size_bytes     BIGINT,
    sha256         VARCHAR(64),
    content        LONGBLOB,
    added_by       VARCHAR(64)   NOT NULL,
    added_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_audit_evidence_item FOREIGN KEY (audit_item_id) REFERENCES audit_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE finding (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       INT           NOT NULL DEFAULT 0,
    audit_id      BIGINT        NOT NULL,
    audit_item_id BIGINT        NOT NULL,
    severity      VARCHAR(8)    NOT NULL,
    owner         VARCHAR(100)  NOT NULL,
    due_date      DATE          NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    remediation   VARCHAR(4000),
    opened_at     DATETIME(6)   NOT NULL,
    resolved_at   DATETIME(6),
    verified_at   DATETIME(6),
    verified_by   VARCHAR(64),
    reopen_reason VARCHAR(1000),
    CONSTRAINT fk_finding_audit FOREIGN KEY (audit_id) REFERENCES audit (id),
    CONSTRAINT fk_finding_item FOREIGN KEY (audit_item_id) REFERENCES audit_item (id),
    INDEX ix_finding_state_due (state, due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE finding_aud (
    id            BIGINT  NOT NULL,
    rev           BIGINT  NOT NULL,
    revtype       TINYINT,
    audit_id      BIGINT,
    audit_item_id BIGINT,
    severity      VARCHAR(8),
    owner         VARCHAR(100),
    due_date      DATE,
    state         VARCHAR(16),
    remediation   VARCHAR(4000),
    opened_at     DATETIME(6),
    resolved_at   DATETIME(6),
    verified_at   DATETIME(6),
    verified_by   VARCHAR(64),
    reopen_reason VARCHAR(1000),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_finding_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
