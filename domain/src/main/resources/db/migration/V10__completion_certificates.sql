-- Completion certificates (受講修了証): issued once per person and group course when every required module of the
-- group's new course (after the person's exemptions) is completed. The number is printed on the PDF and verifiable on
-- the public page: SCA-/SCB-/SCC- followed by eight digits.

CREATE TABLE completion_certificate (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number          VARCHAR(20) NOT NULL,
    holder_id       BIGINT      NOT NULL,
    group_code      VARCHAR(1)  NOT NULL,
    completed_on    DATE        NOT NULL,
    issued_at       DATETIME(6) NOT NULL,
    modules_taken   VARCHAR(400) NOT NULL,
    modules_exempt  VARCHAR(400) NOT NULL,
    CONSTRAINT uq_completion_certificate_number UNIQUE (number),
    CONSTRAINT uq_completion_certificate_course UNIQUE (holder_id, group_code),
    CONSTRAINT fk_completion_certificate_holder FOREIGN KEY (holder_id) REFERENCES holder (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

-- Who is due for a continuing topic is asked by topic and day.
CREATE INDEX ix_module_completion_module ON module_completion (module_code, completed_on);
