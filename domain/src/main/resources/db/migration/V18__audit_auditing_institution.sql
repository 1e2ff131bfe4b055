-- Issue 10 step 3: an audit may be carried out by another institution (a peer check, 相互チェック), named here;
-- NULL for self-assessments and staff audits. Audit is versioned by Envers, so its history table gets the column too.
ALTER TABLE audit
    ADD COLUMN auditing_institution_id BIGINT NULL AFTER institution_id,
    ADD CONSTRAINT fk_audit_auditing_institution FOREIGN KEY (auditing_institution_id) REFERENCES institution (id),
    ADD INDEX ix_audit_auditing_institution (auditing_institution_id, started_at);

ALTER TABLE audit_aud
    ADD COLUMN auditing_institution_id BIGINT NULL AFTER institution_id;
