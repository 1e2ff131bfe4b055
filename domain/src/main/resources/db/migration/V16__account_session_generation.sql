-- A password change ends the account's other sessions: each session remembers the generation it signed in under, and
-- the change raises it (V14 and V15 are the placement consent and the FY2026 checklist forms).
ALTER TABLE user_account ADD COLUMN session_generation INT NOT NULL DEFAULT 0;
