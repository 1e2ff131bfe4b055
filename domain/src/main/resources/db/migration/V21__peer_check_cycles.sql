-- Mutual security checks (相互チェック, DESIGN.md section 4): a cycle per fiscal year, its participants (the LEADING
-- institutions when it opened, each with how many checks it makes, or excluded with a reason, and the months it cannot
-- host or send a team), the declared conflicts of interest, and the pairs of the plan (who checks whom).

CREATE TABLE peer_check_cycle (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           INT          NOT NULL DEFAULT 0,
    fiscal_year       INT          NOT NULL,
    status            VARCHAR(12)  NOT NULL,
    travel_preference VARCHAR(24)  NOT NULL,
    conflicts_due     DATE         NOT NULL,
    checks_due        DATE         NOT NULL,
    opened_by         VARCHAR(64)  NOT NULL,
    opened_at         DATETIME(6)  NOT NULL,
    computed_at       DATETIME(6),
    published_by      VARCHAR(64),
    published_at      DATETIME(6),
    closed_at         DATETIME(6),
    CONSTRAINT uq_peer_check_cycle_year UNIQUE (fiscal_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE peer_check_cycle_aud (
    id                BIGINT NOT NULL,
    rev               BIGINT NOT NULL,
    revtype           TINYINT,
    fiscal_year       INT,
    status            VARCHAR(12),
    travel_preference VARCHAR(24),
    conflicts_due     DATE,
    checks_due        DATE,
    opened_by         VARCHAR(64),
    opened_at         DATETIME(6),
    computed_at       DATETIME(6),
    published_by      VARCHAR(64),
    published_at      DATETIME(6),
    closed_at         DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_peer_check_cycle_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE peer_check_participant (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version             INT           NOT NULL DEFAULT 0,
    cycle_id            BIGINT        NOT NULL,
    institution_id      BIGINT        NOT NULL,
    capacity            INT           NOT NULL DEFAULT 1,
    excluded_reason     VARCHAR(500),
    cannot_host_months  INT           NOT NULL DEFAULT 0,
    cannot_visit_months INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_peer_check_participant UNIQUE (cycle_id, institution_id),
    CONSTRAINT ck_peer_check_participant_capacity CHECK (capacity BETWEEN 0 AND 2),
    CONSTRAINT fk_peer_check_participant_cycle FOREIGN KEY (cycle_id) REFERENCES peer_check_cycle (id),
    CONSTRAINT fk_peer_check_participant_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE peer_check_participant_aud (
    id                  BIGINT NOT NULL,
    rev                 BIGINT NOT NULL,
    revtype             TINYINT,
    cycle_id            BIGINT,
    institution_id      BIGINT,
    capacity            INT,
    excluded_reason     VARCHAR(500),
    cannot_host_months  INT,
    cannot_visit_months INT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_peer_check_participant_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

-- A conflict of interest between two institutions of a cycle, kept once per pair (the lower id first).
CREATE TABLE peer_check_conflict (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id              BIGINT        NOT NULL,
    first_institution_id  BIGINT        NOT NULL,
    second_institution_id BIGINT        NOT NULL,
    reason                VARCHAR(1000) NOT NULL,
    declared_by           VARCHAR(64)   NOT NULL,
    declared_at           DATETIME(6)   NOT NULL,
    CONSTRAINT uq_peer_check_conflict UNIQUE (cycle_id, first_institution_id, second_institution_id),
    CONSTRAINT ck_peer_check_conflict_order CHECK (first_institution_id < second_institution_id),
    CONSTRAINT fk_peer_check_conflict_cycle FOREIGN KEY (cycle_id) REFERENCES peer_check_cycle (id),
    CONSTRAINT fk_peer_check_conflict_first FOREIGN KEY (first_institution_id) REFERENCES institution (id),
    CONSTRAINT fk_peer_check_conflict_second FOREIGN KEY (second_institution_id) REFERENCES institution (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE peer_check_conflict_aud (
    id                    BIGINT NOT NULL,
    rev                   BIGINT NOT NULL,
    revtype               TINYINT,
    cycle_id              BIGINT,
    first_institution_id  BIGINT,
    second_institution_id BIGINT,
    reason                VARCHAR(1000),
    declared_by           VARCHAR(64),
    declared_at           DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_peer_check_conflict_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

-- One pair of a cycle's plan: the checker checks the checked institution. Pinned pairs stay when the plan is
-- recomputed; once the plan is published each pair is a check (its audit is the check itself).
CREATE TABLE peer_check (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     INT           NOT NULL DEFAULT 0,
    cycle_id    BIGINT        NOT NULL,
    checked_id  BIGINT        NOT NULL,
    checker_id  BIGINT        NOT NULL,
    distance_km DECIMAL(7, 1) NOT NULL,
    cost        BIGINT        NOT NULL,
    pinned      BOOLEAN       NOT NULL DEFAULT FALSE,
    audit_id    BIGINT,
    CONSTRAINT uq_peer_check_checked UNIQUE (cycle_id, checked_id),
    CONSTRAINT ck_peer_check_not_self CHECK (checked_id <> checker_id),
    CONSTRAINT fk_peer_check_cycle FOREIGN KEY (cycle_id) REFERENCES peer_check_cycle (id),
    CONSTRAINT fk_peer_check_checked FOREIGN KEY (checked_id) REFERENCES institution (id),
    CONSTRAINT fk_peer_check_checker FOREIGN KEY (checker_id) REFERENCES institution (id),
    CONSTRAINT fk_peer_check_audit FOREIGN KEY (audit_id) REFERENCES audit (id),
    INDEX ix_peer_check_checker (checker_id, cycle_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE peer_check_aud (
    id          BIGINT NOT NULL,
    rev         BIGINT NOT NULL,
    revtype     TINYINT,
    cycle_id    BIGINT,
    checked_id  BIGINT,
    checker_id  BIGINT,
    distance_km DECIMAL(7, 1),
    cost        BIGINT,
    pinned      BOOLEAN,
    audit_id    BIGINT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_peer_check_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
