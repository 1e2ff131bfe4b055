-- Events that earn points, and the one attendance ledger.

CREATE TABLE event (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           INT          NOT NULL DEFAULT 0,
    title             VARCHAR(200) NOT NULL,
    kind              VARCHAR(16)  NOT NULL,
    organiser         VARCHAR(200) NOT NULL,
    starts_on         DATE         NOT NULL,
    ends_on           DATE         NOT NULL,
    venue             VARCHAR(200),
    points            INT          NOT NULL,
    point_category    VARCHAR(32)  NOT NULL,
    mandatory_seminar BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT ck_event_dates CHECK (ends_on >= starts_on),
    CONSTRAINT ck_event_points CHECK (points BETWEEN 0 AND 20),
    INDEX ix_event_starts (starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE event_aud (
    id                BIGINT NOT NULL,
    rev               BIGINT NOT NULL,
    revtype           TINYINT,
    title             VARCHAR(200),
    kind              VARCHAR(16),
    organiser         VARCHAR(200),
    starts_on         DATE,
    ends_on           DATE,
    venue             VARCHAR(200),
    points            INT,
    point_category    VARCHAR(32),
    mandatory_seminar BOOLEAN,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_event_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE attendance (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id    BIGINT      NOT NULL,
    holder_id   BIGINT      NOT NULL,
    attended_on DATE        NOT NULL,
    method      VARCHAR(16) NOT NULL,
    recorded_by VARCHAR(64) NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_attendance_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT fk_attendance_holder FOREIGN KEY (holder_id) REFERENCES holder (id),
    CONSTRAINT uq_attendance UNIQUE (event_id, holder_id),
    INDEX ix_attendance_holder (holder_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

ALTER TABLE point_entry ADD CONSTRAINT fk_point_entry_event FOREIGN KEY (event_id) REFERENCES event (id);
