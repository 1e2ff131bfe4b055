-- On-site training at LEADING hospitals (DESIGN.md sections 3 and 5a): places offered for a period, and the people
-- applied for by their institutions, accepted, declined or completed. A completed training is the person's
-- alternative ⑤ of the Group A/B/C classification.
CREATE TABLE onsite_training (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     INT           NOT NULL DEFAULT 0,
    host_id     BIGINT        NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    description VARCHAR(4000),
    starts_on   DATE          NOT NULL,
    ends_on     DATE          NOT NULL,
    places      INT           NOT NULL,
    offered_by  VARCHAR(64)   NOT NULL,
    offered_at  DATETIME(6)   NOT NULL,
    CONSTRAINT ck_onsite_training_period CHECK (ends_on >= starts_on),
    CONSTRAINT ck_onsite_training_places CHECK (places BETWEEN 1 AND 100),
    CONSTRAINT fk_onsite_training_host FOREIGN KEY (host_id) REFERENCES institution (id),
    INDEX ix_onsite_training_host (host_id, ends_on),
    INDEX ix_onsite_training_ends (ends_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE onsite_trainee (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        INT           NOT NULL DEFAULT 0,
    training_id    BIGINT        NOT NULL,
    institution_id BIGINT        NOT NULL,
    holder_id      BIGINT        NOT NULL,
    trainee_name   VARCHAR(100)  NOT NULL,
    note           VARCHAR(1000),
    state          VARCHAR(16)   NOT NULL,
    applied_by     VARCHAR(64)   NOT NULL,
    applied_at     DATETIME(6)   NOT NULL,
    answered_by    VARCHAR(64),
    answered_at    DATETIME(6),
    decline_reason VARCHAR(1000),
    completed_on   DATE,
    CONSTRAINT ck_onsite_trainee_state CHECK (state IN ('APPLIED', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'WITHDRAWN')),
    CONSTRAINT fk_onsite_trainee_training FOREIGN KEY (training_id) REFERENCES onsite_training (id),
    CONSTRAINT fk_onsite_trainee_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_onsite_trainee_holder FOREIGN KEY (holder_id) REFERENCES holder (id),
    INDEX ix_onsite_trainee_training (training_id, state),
    INDEX ix_onsite_trainee_institution (institution_id, state),
    INDEX ix_onsite_trainee_holder (holder_id, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE onsite_training_aud (
    id          BIGINT NOT NULL,
    rev         BIGINT NOT NULL,
    revtype     TINYINT,
    host_id     BIGINT,
    title       VARCHAR(200),
    description VARCHAR(4000),
    starts_on   DATE,
    ends_on     DATE,
    places      INT,
    offered_by  VARCHAR(64),
    offered_at  DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_onsite_training_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE onsite_trainee_aud (
    id             BIGINT NOT NULL,
    rev            BIGINT NOT NULL,
    revtype        TINYINT,
    training_id    BIGINT,
    institution_id BIGINT,
    holder_id      BIGINT,
    trainee_name   VARCHAR(100),
    note           VARCHAR(1000),
    state          VARCHAR(16),
    applied_by     VARCHAR(64),
    applied_at     DATETIME(6),
    answered_by    VARCHAR(64),
    answered_at    DATETIME(6),
    decline_reason VARCHAR(1000),
    completed_on   DATE,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_onsite_trainee_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

-- "Is able to accept on-site trainees" (L-15) is judged from these records in audits started from here on.
UPDATE catalogue_item i JOIN catalogue c ON c.id = i.catalogue_id SET i.evaluator = 'ACCEPTS_ONSITE_TRAINEES'
WHERE c.framework = 'TIER' AND i.code = 'L-15' AND i.evaluator IS NULL;
