-- Every institution now carries its 医療機関コード from registration (the registry form, the demo data and the tests'
-- fixtures all give one), so the code becomes required. Any row still without one (none is expected) gets the code
-- V19 gave the rows it found, so that the migration never fails on old data.

UPDATE institution SET institution_code = CONCAT(LPAD(prefecture_code, 2, '0'), '1', LPAD(id, 7, '0'))
WHERE institution_code IS NULL;

ALTER TABLE institution MODIFY institution_code VARCHAR(10) NOT NULL;
