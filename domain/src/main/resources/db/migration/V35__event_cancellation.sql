-- An event may be cancelled (中止) while nobody has attended it: it stays in the catalogue, said to be cancelled,
-- and takes no attendance. Envers keeps its history, so the audit table gets the columns too.
ALTER TABLE event ADD COLUMN cancelled_at datetime(6) NULL, ADD COLUMN cancel_reason varchar(500) NULL;
ALTER TABLE event_aud ADD COLUMN cancelled_at datetime(6) NULL, ADD COLUMN cancel_reason varchar(500) NULL;
