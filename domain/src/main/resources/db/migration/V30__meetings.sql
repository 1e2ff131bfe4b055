-- Conferences and joint cyber drills between the tiers (DESIGN.md section 5a): a meeting held by a LEADING hospital
-- (or entered by staff for a public body or vendor), the people registered for it with a place or on the waiting
-- list, and who attended. Times are instants in UTC, as every other timestamp here; pages show them in Japan time.
CREATE TABLE meeting (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        INT           NOT NULL DEFAULT 0,
    kind           VARCHAR(16)   NOT NULL,
    host_id        BIGINT,
    organiser      VARCHAR(200)  NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    programme      VARCHAR(4000),
    starts_at      DATETIME(6)   NOT NULL,
    ends_at        DATETIME(6)   NOT NULL,
    fiscal_year    INT           NOT NULL,
    place          VARCHAR(300),
    online_link    VARCHAR(500),
    capacity       INT           NOT NULL,
    places_taken   INT           NOT NULL DEFAULT 0,
    announced_by   VARCHAR(64)   NOT NULL,
    announced_at   DATETIME(6)   NOT NULL,
    cancelled_at   DATETIME(6),
    cancel_reason  VARCHAR(500),
    CONSTRAINT ck_meeting_kind CHECK (kind IN ('CONFERENCE', 'DRILL')),
    CONSTRAINT ck_meeting_capacity CHECK (capacity BETWEEN 1 AND 10000),
    -- Kept on the meeting row, which a registration locks: two registrations for the last place queue on that lock,
    -- and the second reads the count the first committed (a locking read sees the latest row).
    CONSTRAINT ck_meeting_places CHECK (places_taken BETWEEN 0 AND capacity),
    CONSTRAINT ck_meeting_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_meeting_where CHECK (place IS NOT NULL OR online_link IS NOT NULL),
    CONSTRAINT fk_meeting_host FOREIGN KEY (host_id) REFERENCES institution (id),
    INDEX ix_meeting_starts (starts_at),
    INDEX ix_meeting_host (host_id, fiscal_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE meeting_tier (
    meeting_id BIGINT      NOT NULL,
    tier       VARCHAR(16) NOT NULL,
    PRIMARY KEY (meeting_id, tier),
    CONSTRAINT fk_meeting_tier_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE meeting_prefecture (
    meeting_id      BIGINT NOT NULL,
    prefecture_code INT    NOT NULL,
    PRIMARY KEY (meeting_id, prefecture_code),
    CONSTRAINT fk_meeting_prefecture_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_prefecture_prefecture FOREIGN KEY (prefecture_code) REFERENCES prefecture (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

-- One person's place. A person registers once per meeting and institution: withdrawing and registering again
-- reuses the row, at the back of the queue (registered_at).
CREATE TABLE meeting_registration (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                INT          NOT NULL DEFAULT 0,
    meeting_id             BIGINT       NOT NULL,
    institution_id         BIGINT       NOT NULL,
    participant_name       VARCHAR(100) NOT NULL,
    participant_role       VARCHAR(100),
    state                  VARCHAR(16)  NOT NULL,
    registered_by          VARCHAR(64)  NOT NULL,
    registered_at          DATETIME(6)  NOT NULL,
    confirmed_at           DATETIME(6),
    cancelled_at           DATETIME(6),
    attended               BOOLEAN,
    attendance_recorded_by VARCHAR(64),
    attendance_recorded_at DATETIME(6),
    CONSTRAINT ck_meeting_registration_state CHECK (state IN ('CONFIRMED', 'WAITING', 'CANCELLED')),
    CONSTRAINT uq_meeting_registration_person UNIQUE (meeting_id, institution_id, participant_name),
    CONSTRAINT fk_meeting_registration_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_registration_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    INDEX ix_meeting_registration_queue (meeting_id, state, registered_at),
    INDEX ix_meeting_registration_institution (institution_id, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE meeting_aud (
    id            BIGINT NOT NULL,
    rev           BIGINT NOT NULL,
    revtype       TINYINT,
    kind          VARCHAR(16),
    host_id       BIGINT,
    organiser     VARCHAR(200),
    title         VARCHAR(200),
    programme     VARCHAR(4000),
    starts_at     DATETIME(6),
    ends_at       DATETIME(6),
    fiscal_year   INT,
    place         VARCHAR(300),
    online_link   VARCHAR(500),
    capacity      INT,
    places_taken  INT,
    announced_by  VARCHAR(64),
    announced_at  DATETIME(6),
    cancelled_at  DATETIME(6),
    cancel_reason VARCHAR(500),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_meeting_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE meeting_registration_aud (
    id                     BIGINT NOT NULL,
    rev                    BIGINT NOT NULL,
    revtype                TINYINT,
    meeting_id             BIGINT,
    institution_id         BIGINT,
    participant_name       VARCHAR(100),
    participant_role       VARCHAR(100),
    state                  VARCHAR(16),
    registered_by          VARCHAR(64),
    registered_at          DATETIME(6),
    confirmed_at           DATETIME(6),
    cancelled_at           DATETIME(6),
    attended               BOOLEAN,
    attendance_recorded_by VARCHAR(64),
    attendance_recorded_at DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_meeting_registration_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

-- How many meetings a fiscal year each tier requirement asks (MeetingRequirement): data, so that a revision of the
-- seed is a migration. Seed 002 says "regularly" (定期的に) for the host and names no number: once a year is the floor.
CREATE TABLE meeting_requirement (
    evaluator VARCHAR(64) NOT NULL PRIMARY KEY,
    kind      VARCHAR(16) NOT NULL,
    side      VARCHAR(8)  NOT NULL,
    per_year  INT         NOT NULL,
    CONSTRAINT ck_meeting_requirement_side CHECK (side IN ('HOST', 'GUEST')),
    CONSTRAINT ck_meeting_requirement_per_year CHECK (per_year >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

INSERT INTO meeting_requirement (evaluator, kind, side, per_year) VALUES
('HOSTS_CONFERENCES', 'CONFERENCE', 'HOST', 1),
('HOSTS_DRILLS', 'DRILL', 'HOST', 1),
('ATTENDS_CONFERENCES', 'CONFERENCE', 'GUEST', 1),
('JOINS_DRILLS', 'DRILL', 'GUEST', 1);

-- The requirements judged from the meetings: audits started from here on pre-fill them.
UPDATE catalogue_item i JOIN catalogue c ON c.id = i.catalogue_id SET i.evaluator = 'HOSTS_CONFERENCES'
WHERE c.framework = 'TIER' AND i.code = 'L-13' AND i.evaluator IS NULL;
UPDATE catalogue_item i JOIN catalogue c ON c.id = i.catalogue_id SET i.evaluator = 'HOSTS_DRILLS'
WHERE c.framework = 'TIER' AND i.code = 'L-14' AND i.evaluator IS NULL;
UPDATE catalogue_item i JOIN catalogue c ON c.id = i.catalogue_id SET i.evaluator = 'ATTENDS_CONFERENCES'
WHERE c.framework = 'TIER' AND i.code IN ('S-11', 'A-07') AND i.evaluator IS NULL;
UPDATE catalogue_item i JOIN catalogue c ON c.id = i.catalogue_id SET i.evaluator = 'JOINS_DRILLS'
WHERE c.framework = 'TIER' AND i.code = 'S-12' AND i.evaluator IS NULL;
