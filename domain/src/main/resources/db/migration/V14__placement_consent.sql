-- Issue 9 item 3: an officer could list anyone's certificate number in their security organisation and have that
-- person's name and Group shown and counted. A placement is now only a proposal until the person consents (or
-- association staff confirm it on their behalf): consent PENDING / CONFIRMED / DECLINED, who answered and when, and
-- the certificate number the officer typed (shown back to the officer instead of the person's name while unconfirmed).

-- Rows that exist already were entered before this rule and have been shown and counted as the organisation; they stay
-- CONFIRMED so that no institution's judgement changes overnight. Their typed number was not kept (NULL).
ALTER TABLE security_role
    ADD COLUMN consent            VARCHAR(16) NOT NULL DEFAULT 'CONFIRMED',
    ADD COLUMN consent_at         DATETIME(6),
    ADD COLUMN consent_by         VARCHAR(64),
    ADD COLUMN certificate_number VARCHAR(20);
-- No default from now on: every new row must say its consent (a raw insert that forgets it fails instead of counting).
ALTER TABLE security_role ALTER COLUMN consent DROP DEFAULT;

ALTER TABLE security_role_aud
    ADD COLUMN consent            VARCHAR(16),
    ADD COLUMN consent_at         DATETIME(6),
    ADD COLUMN consent_by         VARCHAR(64),
    ADD COLUMN certificate_number VARCHAR(20);
-- Earlier revisions keep NULL: the history records what was stored then, and no consent was asked then.
