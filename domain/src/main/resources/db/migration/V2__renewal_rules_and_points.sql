-- Renewal rules and point categories as versioned reference data (a revision is a new row with a later
-- effective_from), and the points ledger.

CREATE TABLE certification_rule (
    id                         BIGINT      NOT NULL PRIMARY KEY,
    type                       VARCHAR(16) NOT NULL,
    effective_from             DATE        NOT NULL,
    required_points            INT         NOT NULL,
    seminar_required           BOOLEAN     NOT NULL,
    cycle_fiscal_years         INT         NOT NULL,
    first_cycle_start_month    INT         NOT NULL,
    renewal_window_start_month INT         NOT NULL,
    papers_due_month           INT         NOT NULL,
    papers_due_day             INT         NOT NULL,
    renewal_fee_yen            INT         NOT NULL,
    CONSTRAINT uq_certification_rule UNIQUE (type, effective_from),
    CONSTRAINT ck_certification_rule CHECK (required_points >= 0 AND cycle_fiscal_years >= 1 AND renewal_fee_yen >= 0
        AND first_cycle_start_month BETWEEN 1 AND 12 AND renewal_window_start_month BETWEEN 1 AND 12)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

-- The certifying body's public rules: 50 points in five fiscal years, the 生涯研修セミナー once per cycle for HIT and
-- Senior HIT, window 1 Nov – 31 Mar of the last year, papers by 5 April, fee JPY 10,000.
INSERT INTO certification_rule VALUES
 (1, 'HIT',        '2001-04-01', 50, TRUE,  5, 11, 11, 4, 5, 10000),
 (2, 'SENIOR_HIT', '2001-04-01', 50, TRUE,  5, 11, 11, 4, 5, 10000),
 (3, 'MIIS',       '2001-04-01', 50, FALSE, 5, 11, 11, 4, 5, 10000);

CREATE TABLE point_category (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    code                VARCHAR(32)  NOT NULL,
    effective_from      DATE         NOT NULL,
    name_ja             VARCHAR(100) NOT NULL,
    name_en             VARCHAR(100) NOT NULL,
    cap_per_fiscal_year INT,
    cap_per_cycle       INT,
    claimable           BOOLEAN      NOT NULL,
    sort_order          INT          NOT NULL,
    CONSTRAINT uq_point_category UNIQUE (code, effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

INSERT INTO point_category VALUES
 (1, 'EVENT',           '2001-04-01', '研修会・学会・セミナー参加', 'Training, congresses and seminars', NULL, NULL, TRUE, 10),
 (2, 'JAMI_MEMBERSHIP', '2001-04-01', '日本医療情報学会 会員',       'JAMI membership',                   2,    10,   TRUE, 20),
 (3, 'COMMITTEE',       '2001-04-01', '委員会委員',                  'Committee membership',              10,   NULL, TRUE, 30),
 (4, 'EXAM_QUESTIONS',  '2001-04-01', '試験問題作成（1問1ポイント）', 'Exam questions (1 point each)',     NULL, 5,    TRUE, 40),
 (5, 'IHE_JUDGING',     '2001-04-01', 'IHEコネクタソン審査員',        'IHE Connectathon judging',          5,    NULL, TRUE, 50),
 (6, 'LECTURING',       '2001-04-01', '講師',                        'Lecturing',                         NULL, 25,   TRUE, 60),
 (7, 'PUBLICATION',     '2001-04-01', '論文・著作',                  'Papers and publications',           NULL, NULL, TRUE, 70);

CREATE TABLE point_entry (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           INT          NOT NULL DEFAULT 0,
    holder_id         BIGINT       NOT NULL,
    category          VARCHAR(32)  NOT NULL,
    points            INT          NOT NULL,
    earned_on         DATE         NOT NULL,
    counts_as_seminar BOOLEAN      NOT NULL DEFAULT FALSE,
    source            VARCHAR(16)  NOT NULL,
    event_id          BIGINT,
    claim_id          BIGINT,
    description       VARCHAR(300) NOT NULL,
    recorded_by       VARCHAR(64)  NOT NULL,
    recorded_at       DATETIME(6)  NOT NULL,
    CONSTRAINT fk_point_entry_holder FOREIGN KEY (holder_id) REFERENCES holder (id),
    CONSTRAINT ck_point_entry_points CHECK (points BETWEEN 1 AND 100),
    -- One attendance per holder and event, one entry per claim: nothing is counted twice, whatever the retries.
    CONSTRAINT uq_point_entry_event UNIQUE (holder_id, event_id),
    CONSTRAINT uq_point_entry_claim UNIQUE (claim_id),
    INDEX ix_point_entry_holder_day (holder_id, earned_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE point_entry_aud (
    id                BIGINT NOT NULL,
    rev               BIGINT NOT NULL,
    revtype           TINYINT,
    holder_id         BIGINT,
    category          VARCHAR(32),
    points            INT,
    earned_on         DATE,
    counts_as_seminar BOOLEAN,
    source            VARCHAR(16),
    event_id          BIGINT,
    claim_id          BIGINT,
    description       VARCHAR(300),
    recorded_by       VARCHAR(64),
    recorded_at       DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_point_entry_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
