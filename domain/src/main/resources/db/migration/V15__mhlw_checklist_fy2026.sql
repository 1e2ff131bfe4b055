-- The MHLW checklist for FY2026 (令和8年度版), in force from 1 April 2026, institution and vendor forms.
-- Until the ministry publishes the FY2026 changes, each form copies its FY2025 items as they are (target_fiscal_year
-- included: two-factor authentication stays due by FY2027); the ministry's changes will come as a later migration.
-- Which form is current follows the calendar (the latest effective_from on or before today, Catalogue.currentOf), so
-- these rows need no flag, and FY2025's stay as they are: answers and audits made against them keep pointing at them.

-- The hand-set current_version flag is no longer read (the calendar decides). The column stays for now, because
-- changes in flight on other branches (V14 among them) may still name it; with a default, new catalogue rows (the two
-- below) leave it out. A later migration drops it once nothing names it.
ALTER TABLE catalogue
    MODIFY current_version BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'retired: the current version is the latest effective_from on or before today';

INSERT INTO catalogue (code, framework, tier, fiscal_year, version_label, title_ja, title_en, source, effective_from) VALUES
('MHLW-INSTITUTION-2026', 'MHLW_INSTITUTION', NULL, 2026, 'FY2026', '医療機関におけるサイバーセキュリティ対策チェックリスト（令和8年度版）医療機関確認用', 'MHLW cyber-security checklist FY2026: institution form', '厚生労働省 医療機関におけるサイバーセキュリティ対策チェックリスト（令和8年度版）医療機関確認用（令和7年度版の項目を引き継ぐ）', '2026-04-01'),
('MHLW-VENDOR-2026', 'MHLW_VENDOR', NULL, 2026, 'FY2026', '医療機関におけるサイバーセキュリティ対策チェックリスト（令和8年度版）事業者確認用', 'MHLW cyber-security checklist FY2026: vendor form', '厚生労働省 医療機関におけるサイバーセキュリティ対策チェックリスト（令和8年度版）事業者確認用（令和7年度版の項目を引き継ぐ）', '2026-04-01');

-- A copy of FY2025's items for now (see above).
INSERT INTO catalogue_item (catalogue_id, code, sort_order, section, section_ja, text_ja, text_en, future_ja, note_ja, kind,
                            evaluator, target_fiscal_year)
SELECT fy2026.id, i.code, i.sort_order, i.section, i.section_ja, i.text_ja, i.text_en, i.future_ja, i.note_ja, i.kind,
       i.evaluator, i.target_fiscal_year
FROM catalogue_item i
JOIN catalogue fy2025 ON fy2025.id = i.catalogue_id
JOIN catalogue fy2026 ON fy2026.code = REPLACE(fy2025.code, '-2025', '-2026')
WHERE fy2025.code IN ('MHLW-INSTITUTION-2025', 'MHLW-VENDOR-2025')
ORDER BY fy2026.id, i.sort_order;
