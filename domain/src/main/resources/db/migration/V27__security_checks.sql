-- Security checks of SELF_DEFENDING hospitals by LEADING ones (DESIGN.md section 4): the same timeline and audit as a
-- mutual check, but outside any cycle. A check is now MUTUAL (a pair of a cycle's plan) or SECURITY (requested by the
-- checked hospital and accepted or declined by the checker, or assigned by staff); every check carries its fiscal
-- year; a security check is closed after its re-check, which ends the checker's access to its audit.
ALTER TABLE peer_check
    ADD COLUMN kind              VARCHAR(12)   NOT NULL DEFAULT 'MUTUAL' AFTER version,
    ADD COLUMN fiscal_year       INT           AFTER cycle_id,
    ADD COLUMN request_state     VARCHAR(12),
    ADD COLUMN assigned_by_staff BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN request_note      VARCHAR(1000),
    ADD COLUMN requested_by      VARCHAR(64),
    ADD COLUMN requested_at      DATETIME(6),
    ADD COLUMN answer_note       VARCHAR(1000),
    ADD COLUMN answered_at       DATETIME(6),
    ADD COLUMN closed_at         DATETIME(6),
    MODIFY COLUMN cycle_id BIGINT NULL;

UPDATE peer_check p JOIN peer_check_cycle c ON c.id = p.cycle_id SET p.fiscal_year = c.fiscal_year;

ALTER TABLE peer_check
    MODIFY COLUMN fiscal_year INT NOT NULL,
    ADD CONSTRAINT ck_peer_check_kind CHECK ((kind = 'MUTUAL' AND cycle_id IS NOT NULL AND request_state IS NULL)
        OR (kind = 'SECURITY' AND cycle_id IS NULL AND request_state IS NOT NULL)),
    ADD INDEX ix_peer_check_security (kind, checked_id, request_state),
    ADD INDEX ix_peer_check_security_checker (kind, checker_id, request_state);

ALTER TABLE peer_check_aud
    ADD COLUMN kind              VARCHAR(12),
    ADD COLUMN fiscal_year       INT,
    ADD COLUMN request_state     VARCHAR(12),
    ADD COLUMN assigned_by_staff BOOLEAN,
    ADD COLUMN request_note      VARCHAR(1000),
    ADD COLUMN requested_by      VARCHAR(64),
    ADD COLUMN requested_at      DATETIME(6),
    ADD COLUMN answer_note       VARCHAR(1000),
    ADD COLUMN answered_at       DATETIME(6),
    ADD COLUMN closed_at         DATETIME(6);

UPDATE peer_check_aud a JOIN peer_check_cycle c ON c.id = a.cycle_id SET a.kind = 'MUTUAL', a.fiscal_year = c.fiscal_year;
