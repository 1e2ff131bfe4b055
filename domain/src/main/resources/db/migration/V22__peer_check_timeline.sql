-- The timeline of a check (DESIGN.md section 4): one side proposes the site-visit date, the other confirms it (or
-- proposes another); the checking team is named by the checking hospital; every change raises the check's calendar
-- SEQUENCE. Each institution has a secret for its calendar feed (not kept in the history).

ALTER TABLE peer_check
    ADD COLUMN proposed_visit_on DATE,
    ADD COLUMN proposed_by_side  VARCHAR(8),
    ADD COLUMN proposed_at       DATETIME(6),
    ADD COLUMN visit_on          DATE,
    ADD COLUMN confirmed_at      DATETIME(6),
    ADD COLUMN team              VARCHAR(1000),
    ADD COLUMN sequence          INT NOT NULL DEFAULT 0;

ALTER TABLE peer_check_aud
    ADD COLUMN proposed_visit_on DATE,
    ADD COLUMN proposed_by_side  VARCHAR(8),
    ADD COLUMN proposed_at       DATETIME(6),
    ADD COLUMN visit_on          DATE,
    ADD COLUMN confirmed_at      DATETIME(6),
    ADD COLUMN team              VARCHAR(1000),
    ADD COLUMN sequence          INT;

ALTER TABLE institution ADD COLUMN calendar_token VARCHAR(64),
    ADD CONSTRAINT uq_institution_calendar_token UNIQUE (calendar_token);
