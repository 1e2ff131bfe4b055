-- Which exam pass produced which certification: (type, pass year, exam number) is imported once, so a re-import of
-- the same passers file creates nothing twice.

CREATE TABLE exam_pass (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    type             VARCHAR(16) NOT NULL,
    pass_year        INT         NOT NULL,
    exam_number      VARCHAR(20) NOT NULL,
    certification_id BIGINT      NOT NULL,
    imported_at      DATETIME(6) NOT NULL,
    imported_by      VARCHAR(64) NOT NULL,
    CONSTRAINT uq_exam_pass UNIQUE (type, pass_year, exam_number),
    CONSTRAINT fk_exam_pass_certification FOREIGN KEY (certification_id) REFERENCES certification (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
