-- CSV imports run as the csv-import job over a staged upload: one row per upload, one row per refused line. A line
-- stored by an import names it, so that a later line of the same file repeating it is told apart from a line that an
-- earlier upload stored (the job may restart from a checkpoint, so this cannot be kept in memory).

CREATE TABLE import_run (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind             VARCHAR(32)  NOT NULL,
    target_id        BIGINT,
    file_name        VARCHAR(255) NOT NULL,
    staged_path      VARCHAR(1000) NOT NULL,
    charset          VARCHAR(20)  NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    submitted_by     VARCHAR(64)  NOT NULL,
    submitted_at     DATETIME(6)  NOT NULL,
    job_execution_id BIGINT,
    status           VARCHAR(16)  NOT NULL,
    recorded         INT          NOT NULL DEFAULT 0,
    already_recorded INT          NOT NULL DEFAULT 0,
    finished_at      DATETIME(6),
    failure          VARCHAR(1000),
    CONSTRAINT ck_import_run_status CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    INDEX ix_import_run_submitter (submitted_by, submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE import_line_error (
    import_run_id BIGINT       NOT NULL,
    line          BIGINT       NOT NULL,
    column_name   VARCHAR(64),
    reason        VARCHAR(40)  NOT NULL,
    value         VARCHAR(500) NOT NULL,
    PRIMARY KEY (import_run_id, line),
    CONSTRAINT fk_import_line_error_run FOREIGN KEY (import_run_id) REFERENCES import_run (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

ALTER TABLE exam_pass ADD COLUMN import_run_id BIGINT,
    ADD CONSTRAINT fk_exam_pass_import FOREIGN KEY (import_run_id) REFERENCES import_run (id);
ALTER TABLE attendance ADD COLUMN import_run_id BIGINT,
    ADD CONSTRAINT fk_attendance_import FOREIGN KEY (import_run_id) REFERENCES import_run (id);
