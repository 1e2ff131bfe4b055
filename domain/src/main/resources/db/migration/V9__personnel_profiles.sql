-- A person's security-personnel profile (what Group A/B/C depends on), the modules they completed, and the modules
-- an event covers. The computed group is stored, recomputed whenever what it depends on changes.

CREATE TABLE personnel_profile (
    holder_id              BIGINT      NOT NULL PRIMARY KEY,
    version                INT         NOT NULL DEFAULT 0,
    senju_years            DOUBLE      NOT NULL DEFAULT 0,
    sennin_years           DOUBLE      NOT NULL DEFAULT 0,
    other_years            DOUBLE      NOT NULL DEFAULT 0,
    his_introduction       VARCHAR(16),
    practical_experience   BOOLEAN     NOT NULL DEFAULT FALSE,
    onsite_training        BOOLEAN     NOT NULL DEFAULT FALSE,
    guideline_understood   BOOLEAN     NOT NULL DEFAULT FALSE,
    computed_group         VARCHAR(1),
    computed_at            DATETIME(6),
    CONSTRAINT fk_personnel_profile_holder FOREIGN KEY (holder_id) REFERENCES holder (id),
    INDEX ix_personnel_profile_group (computed_group)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE personnel_profile_aud (
    holder_id            BIGINT NOT NULL,
    rev                  BIGINT NOT NULL,
    revtype              TINYINT,
    senju_years          DOUBLE,
    sennin_years         DOUBLE,
    other_years          DOUBLE,
    his_introduction     VARCHAR(16),
    practical_experience BOOLEAN,
    onsite_training      BOOLEAN,
    guideline_understood BOOLEAN,
    computed_group       VARCHAR(1),
    computed_at          DATETIME(6),
    PRIMARY KEY (holder_id, rev),
    CONSTRAINT fk_personnel_profile_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

-- Qualifications the person declares (the registry's own HIT, Senior HIT and MIIS count from the registry instead).
CREATE TABLE personnel_qualification (
    holder_id     BIGINT      NOT NULL,
    qualification VARCHAR(40) NOT NULL,
    PRIMARY KEY (holder_id, qualification),
    CONSTRAINT fk_personnel_qualification_profile FOREIGN KEY (holder_id) REFERENCES personnel_profile (holder_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE personnel_qualification_aud (
    rev           BIGINT      NOT NULL,
    holder_id     BIGINT      NOT NULL,
    qualification VARCHAR(40) NOT NULL,
    revtype       TINYINT,
    PRIMARY KEY (rev, holder_id, qualification),
    CONSTRAINT fk_personnel_qualification_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE module_completion (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    holder_id    BIGINT      NOT NULL,
    module_code  VARCHAR(16) NOT NULL,
    completed_on DATE        NOT NULL,
    event_id     BIGINT,
    CONSTRAINT fk_module_completion_holder FOREIGN KEY (holder_id) REFERENCES holder (id),
    CONSTRAINT fk_module_completion_module FOREIGN KEY (module_code) REFERENCES course_module (code),
    CONSTRAINT fk_module_completion_event FOREIGN KEY (event_id) REFERENCES event (id),
    -- A module is completed once; a continuing topic may be taken again (one row per time).
    INDEX ix_module_completion_holder (holder_id, module_code, completed_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE event_module (
    event_id    BIGINT      NOT NULL,
    module_code VARCHAR(16) NOT NULL,
    PRIMARY KEY (event_id, module_code),
    CONSTRAINT fk_event_module_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT fk_event_module_module FOREIGN KEY (module_code) REFERENCES course_module (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
