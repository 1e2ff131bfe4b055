-- The auditor's overall opinion (総評) of an audit: what the report (監査報告書) says above its items. A peer check's
-- checking hospital writes it before completing the check (DESIGN.md section 4, "the report").
ALTER TABLE audit ADD COLUMN summary TEXT;
ALTER TABLE audit_aud ADD COLUMN summary TEXT;
