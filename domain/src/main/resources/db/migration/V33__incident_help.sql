-- Incident help (DESIGN.md section 5a): support agreements between a LEADING hospital and the institutions it
-- supports, incidents and requests for help with their timeline and files.
CREATE TABLE support_agreement (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        INT         NOT NULL DEFAULT 0,
    institution_id BIGINT      NOT NULL,
    supporter_id   BIGINT      NOT NULL,
    state          VARCHAR(16) NOT NULL,
    proposed_by    VARCHAR(64) NOT NULL,
    proposed_at    DATETIME(6) NOT NULL,
    answered_at    DATETIME(6),
    CONSTRAINT ck_support_agreement_state CHECK (state IN ('PROPOSED', 'ACCEPTED', 'DECLINED', 'ENDED')),
    CONSTRAINT ck_support_agreement_not_self CHECK (institution_id <> supporter_id),
    CONSTRAINT fk_support_agreement_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_support_agreement_supporter FOREIGN KEY (supporter_id) REFERENCES institution (id),
    INDEX ix_support_agreement_institution (institution_id, state),
    INDEX ix_support_agreement_supporter (supporter_id, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE support_agreement_aud (
    id             BIGINT NOT NULL,
    rev            BIGINT NOT NULL,
    revtype        TINYINT,
    institution_id BIGINT,
    supporter_id   BIGINT,
    state          VARCHAR(16),
    proposed_by    VARCHAR(64),
    proposed_at    DATETIME(6),
    answered_at    DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_support_agreement_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE incident (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          INT           NOT NULL DEFAULT 0,
    institution_id   BIGINT        NOT NULL,
    supporter_id     BIGINT,
    kind             VARCHAR(16)   NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    what_happened    VARCHAR(4000) NOT NULL,
    occurred_at      DATETIME(6),
    systems_affected VARCHAR(4000),
    care_disrupted   BOOLEAN       NOT NULL,
    contact          VARCHAR(200)  NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    fiscal_year      INT           NOT NULL,
    reported_by      VARCHAR(64)   NOT NULL,
    reported_at      DATETIME(6)   NOT NULL,
    acknowledged_at  DATETIME(6),
    resolved_at      DATETIME(6),
    resolution       VARCHAR(4000),
    CONSTRAINT ck_incident_kind CHECK (kind IN ('INCIDENT', 'QUESTION')),
    CONSTRAINT ck_incident_state CHECK (state IN ('RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'RESOLVED')),
    CONSTRAINT fk_incident_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_incident_supporter FOREIGN KEY (supporter_id) REFERENCES institution (id),
    INDEX ix_incident_institution (institution_id, reported_at),
    INDEX ix_incident_supporter (supporter_id, state),
    INDEX ix_incident_state (state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE incident_aud (
    id               BIGINT NOT NULL,
    rev              BIGINT NOT NULL,
    revtype          TINYINT,
    institution_id   BIGINT,
    supporter_id     BIGINT,
    kind             VARCHAR(16),
    title            VARCHAR(200),
    what_happened    VARCHAR(4000),
    occurred_at      DATETIME(6),
    systems_affected VARCHAR(4000),
    care_disrupted   BOOLEAN,
    contact          VARCHAR(200),
    state            VARCHAR(16),
    fiscal_year      INT,
    reported_by      VARCHAR(64),
    reported_at      DATETIME(6),
    acknowledged_at  DATETIME(6),
    resolved_at      DATETIME(6),
    resolution       VARCHAR(4000),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_incident_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

-- The timeline is written once and never changed: it is its own history.
CREATE TABLE incident_timeline (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT        NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    side        VARCHAR(16)   NOT NULL,
    written_by  VARCHAR(64)   NOT NULL,
    written_at  DATETIME(6)   NOT NULL,
    text        VARCHAR(4000),
    file_id     BIGINT,
    CONSTRAINT fk_incident_timeline_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    INDEX ix_incident_timeline (incident_id, written_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE incident_file (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    incident_id  BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   INT          NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_incident_file_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    INDEX ix_incident_file_incident (incident_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

-- "Supports recovery elsewhere" (L-18) is judged from these records in audits started from here on.
UPDATE catalogue_item i JOIN catalogue c ON c.id = i.catalogue_id SET i.evaluator = 'SUPPORTS_RECOVERY'
WHERE c.framework = 'TIER' AND i.code = 'L-18' AND i.evaluator IS NULL;
