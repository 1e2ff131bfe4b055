-- The seed's remarks on a requirement ("in future …", "※ …") get their English beside the Japanese, so that an
-- English page shows English with the verbatim Japanese still at hand.
ALTER TABLE catalogue_item
    ADD COLUMN future_en VARCHAR(1000) NULL AFTER note_ja,
    ADD COLUMN note_en VARCHAR(1000) NULL AFTER future_en;

UPDATE catalogue_item SET future_en = 'In future: the chief information security officer, or their deputy, works full time on managing the medical information systems.'
 WHERE future_ja = '※将来的には、「統括情報セキュリティ責任者」または、その補助者は専任で医療情報システム管理に従事すること。';
UPDATE catalogue_item SET future_en = 'In future: the chief information security officer holds the "Group A personnel" qualification.'
 WHERE future_ja = '※将来的には、「統括情報セキュリティ責任者」が「Group A 人材」の資格を有すること。';
UPDATE catalogue_item SET future_en = 'In future: the chief information security officer works full time on managing the medical information systems.'
 WHERE future_ja = '※将来的には、「統括情報セキュリティ責任者」は専任で医療情報システム管理に従事すること。';
UPDATE catalogue_item SET future_en = 'In future: the chief information security officer holds the "Group B personnel" qualification or higher.'
 WHERE future_ja = '※将来的には、「統括情報セキュリティ責任者」が「Group B 人材」以上の資格を有すること。';
UPDATE catalogue_item SET note_en = 'Note: the chief information security officer may also be the person responsible for the safety management of the medical information systems.'
 WHERE note_ja = '※「統括情報セキュリティ責任者」が「医療情報システム安全管理責任者」となることも想定される。';
UPDATE catalogue_item SET note_en = 'Note: where the hospital has a continuing contract with "Group A personnel" of a leading hospital, a public body, a central organisation of medical institutions or a private company, placing "Group C personnel" is enough.'
 WHERE note_ja = '※「指導的な立場の医療機関」や公的機関、医療機関の中央組織、民間事業者に所属する「Group A 人材」と継続的な契約する場合は、「Group C 人材」の資格を有する人材の配置で可とする。';
