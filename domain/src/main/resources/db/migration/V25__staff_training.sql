-- Staff rosters (職員名簿), information-security training records and the annual training-compliance results
-- (DESIGN.md section 5, API.md "Staff and training records"). Written in bulk by the csv-import job and read by the
-- training-compliance job with set-based SQL: the keys below are the ones those statements use.

-- One person on an institution's roster, upserted by the hospital's own staff number; leavers stay with employed_until.
CREATE TABLE staff_member (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    institution_id BIGINT       NOT NULL,
    staff_number   VARCHAR(32)  NOT NULL COLLATE utf8mb4_bin,
    name           VARCHAR(200) NOT NULL,
    name_kana      VARCHAR(200),
    department     VARCHAR(100),
    job_category   VARCHAR(100),
    employed_from  DATE         NOT NULL,
    employed_until DATE,
    import_run_id  BIGINT,
    updated_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uk_staff_member UNIQUE (institution_id, staff_number),
    CONSTRAINT fk_staff_member_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_staff_member_dates CHECK (employed_until IS NULL OR employed_until >= employed_from),
    INDEX ix_staff_member_department (institution_id, department)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

-- One attendance of one person at a training: the same institution, person, date, kind and title is the same record.
CREATE TABLE training_record (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    staff_member_id BIGINT       NOT NULL,
    attended_on     DATE         NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    title           VARCHAR(200) NOT NULL COLLATE utf8mb4_bin,
    provider        VARCHAR(200),
    import_run_id   BIGINT,
    recorded_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uk_training_record UNIQUE (staff_member_id, attended_on, kind, title),
    CONSTRAINT fk_training_record_staff FOREIGN KEY (staff_member_id) REFERENCES staff_member (id),
    CONSTRAINT ck_training_record_kind CHECK (kind IN ('LECTURE', 'E_LEARNING'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

-- A run of the training-compliance job for one fiscal year (one job instance: a restart goes on with the same run).
CREATE TABLE training_compliance_run (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_instance_id BIGINT      NOT NULL,
    fiscal_year     INT         NOT NULL,
    as_of           DATE        NOT NULL,
    started_at      DATETIME(6) NOT NULL,
    finished_at     DATETIME(6),
    CONSTRAINT uk_training_compliance_run UNIQUE (job_instance_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

-- The figures of one institution in one run; who was missing is listed beside it, as it was on the day.
CREATE TABLE training_compliance (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id         BIGINT      NOT NULL,
    institution_id BIGINT      NOT NULL,
    fiscal_year    INT         NOT NULL,
    as_of          DATE        NOT NULL,
    tier           VARCHAR(20) NOT NULL,
    in_scope       INT         NOT NULL,
    trained        INT         NOT NULL,
    computed_at    DATETIME(6) NOT NULL,
    CONSTRAINT uk_training_compliance UNIQUE (run_id, institution_id),
    CONSTRAINT fk_training_compliance_run FOREIGN KEY (run_id) REFERENCES training_compliance_run (id),
    CONSTRAINT fk_training_compliance_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    INDEX ix_training_compliance_latest (institution_id, fiscal_year, computed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE training_compliance_missing (
    compliance_id BIGINT       NOT NULL,
    staff_number  VARCHAR(32)  NOT NULL COLLATE utf8mb4_bin,
    name          VARCHAR(200) NOT NULL,
    department    VARCHAR(100),
    PRIMARY KEY (compliance_id, staff_number),
    CONSTRAINT fk_training_compliance_missing FOREIGN KEY (compliance_id) REFERENCES training_compliance (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
