-- Security advisories (注意喚起, DESIGN.md section 5a; API.md "Security advisories"): published by staff to an audience
-- of institutions (every one, or some tiers, some prefectures), acknowledged by each institution once.
CREATE TABLE advisory (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           INT           NOT NULL DEFAULT 0,
    severity          VARCHAR(16)   NOT NULL,
    title_ja          VARCHAR(200)  NOT NULL,
    title_en          VARCHAR(200)  NOT NULL,
    text_ja           TEXT          NOT NULL,
    text_en           TEXT          NOT NULL,
    affected_products VARCHAR(1000),
    link              VARCHAR(500),
    remind_after_days INT           NOT NULL,
    published_by      VARCHAR(64)   NOT NULL,
    published_at      DATETIME(6)   NOT NULL,
    CONSTRAINT ck_advisory_severity CHECK (severity IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
    CONSTRAINT ck_advisory_remind CHECK (remind_after_days BETWEEN 1 AND 90),
    INDEX ix_advisory_published (published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE advisory_tier (
    advisory_id BIGINT      NOT NULL,
    tier        VARCHAR(16) NOT NULL,
    PRIMARY KEY (advisory_id, tier),
    CONSTRAINT fk_advisory_tier_advisory FOREIGN KEY (advisory_id) REFERENCES advisory (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE advisory_prefecture (
    advisory_id     BIGINT NOT NULL,
    prefecture_code INT    NOT NULL,
    PRIMARY KEY (advisory_id, prefecture_code),
    CONSTRAINT fk_advisory_prefecture_advisory FOREIGN KEY (advisory_id) REFERENCES advisory (id) ON DELETE CASCADE,
    CONSTRAINT fk_advisory_prefecture_prefecture FOREIGN KEY (prefecture_code) REFERENCES prefecture (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE advisory_acknowledgement (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    advisory_id     BIGINT      NOT NULL,
    institution_id  BIGINT      NOT NULL,
    acknowledged_by VARCHAR(64) NOT NULL,
    acknowledged_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_advisory_acknowledgement UNIQUE (advisory_id, institution_id),
    CONSTRAINT fk_advisory_acknowledgement_advisory FOREIGN KEY (advisory_id) REFERENCES advisory (id),
    CONSTRAINT fk_advisory_acknowledgement_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    INDEX ix_advisory_acknowledgement_institution (institution_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE advisory_aud (
    id                BIGINT NOT NULL,
    rev               BIGINT NOT NULL,
    revtype           TINYINT,
    severity          VARCHAR(16),
    title_ja          VARCHAR(200),
    title_en          VARCHAR(200),
    text_ja           TEXT,
    text_en           TEXT,
    affected_products VARCHAR(1000),
    link              VARCHAR(500),
    remind_after_days INT,
    published_by      VARCHAR(64),
    published_at      DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_advisory_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE advisory_acknowledgement_aud (
    id              BIGINT NOT NULL,
    rev             BIGINT NOT NULL,
    revtype         TINYINT,
    advisory_id     BIGINT,
    institution_id  BIGINT,
    acknowledged_by VARCHAR(64),
    acknowledged_at DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_advisory_acknowledgement_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
