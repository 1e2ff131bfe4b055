-- Advice to ASSISTED hospitals (DESIGN.md section 4): an ASSISTED hospital asks a LEADING one a question, which it
-- answers. Kept in the history like every record the tier requirements are judged from.
CREATE TABLE consultation (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        INT           NOT NULL DEFAULT 0,
    institution_id BIGINT        NOT NULL,
    adviser_id     BIGINT        NOT NULL,
    fiscal_year    INT           NOT NULL,
    subject        VARCHAR(200)  NOT NULL,
    question       VARCHAR(4000) NOT NULL,
    asked_by       VARCHAR(64)   NOT NULL,
    asked_at       DATETIME(6)   NOT NULL,
    answer         VARCHAR(4000),
    answered_by    VARCHAR(64),
    answered_at    DATETIME(6),
    CONSTRAINT ck_consultation_not_self CHECK (institution_id <> adviser_id),
    CONSTRAINT fk_consultation_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_consultation_adviser FOREIGN KEY (adviser_id) REFERENCES institution (id),
    INDEX ix_consultation_institution (institution_id, asked_at),
    INDEX ix_consultation_adviser (adviser_id, fiscal_year, answered_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE consultation_aud (
    id             BIGINT NOT NULL,
    rev            BIGINT NOT NULL,
    revtype        TINYINT,
    institution_id BIGINT,
    adviser_id     BIGINT,
    fiscal_year    INT,
    subject        VARCHAR(200),
    question       VARCHAR(4000),
    asked_by       VARCHAR(64),
    asked_at       DATETIME(6),
    answer         VARCHAR(4000),
    answered_by    VARCHAR(64),
    answered_at    DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_consultation_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

-- The requirements judged from the checks and the consultations (CheckRequirement): audits started from here on
-- pre-fill them. Audits already started keep their answers.
UPDATE catalogue_item i JOIN catalogue c ON c.id = i.catalogue_id SET i.evaluator = 'MUTUAL_CHECKS'
WHERE c.framework = 'TIER' AND i.code = 'L-12' AND i.evaluator IS NULL;
UPDATE catalogue_item i JOIN catalogue c ON c.id = i.catalogue_id SET i.evaluator = 'SECURITY_CHECKS_CARRIED_OUT'
WHERE c.framework = 'TIER' AND i.code = 'L-16' AND i.evaluator IS NULL;
UPDATE catalogue_item i JOIN catalogue c ON c.id = i.catalogue_id SET i.evaluator = 'ADVISES_ASSISTED'
WHERE c.framework = 'TIER' AND i.code = 'L-17' AND i.evaluator IS NULL;
UPDATE catalogue_item i JOIN catalogue c ON c.id = i.catalogue_id SET i.evaluator = 'SECURITY_CHECK_UNDERGONE'
WHERE c.framework = 'TIER' AND i.code = 'S-13' AND i.evaluator IS NULL;
