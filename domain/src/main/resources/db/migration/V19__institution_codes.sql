-- Every institution is identified by its 10-digit 医療機関コード (prefecture, 点数表 and seven digits), unique. The
-- institutions already registered get a code from their prefecture and id; the association corrects them to the real
-- codes in the registry form.

ALTER TABLE institution ADD COLUMN institution_code VARCHAR(10);
ALTER TABLE institution_aud ADD COLUMN institution_code VARCHAR(10);

UPDATE institution SET institution_code = CONCAT(LPAD(prefecture_code, 2, '0'), '1', LPAD(id, 7, '0'))
WHERE institution_code IS NULL;
UPDATE institution_aud a JOIN institution i ON i.id = a.id SET a.institution_code = i.institution_code;

ALTER TABLE institution ADD CONSTRAINT uq_institution_code UNIQUE (institution_code),
    ADD CONSTRAINT ck_institution_code CHECK (institution_code REGEXP '^[0-9]{10}$');
