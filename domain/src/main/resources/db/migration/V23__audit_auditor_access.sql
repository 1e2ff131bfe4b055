-- A peer check's auditing hospital works on the check's audit for that cycle only (DESIGN.md section 6): when the
-- cycle closes, its access to the audit ends.
ALTER TABLE audit ADD COLUMN auditor_access_ended_at DATETIME(6);
ALTER TABLE audit_aud ADD COLUMN auditor_access_ended_at DATETIME(6);
