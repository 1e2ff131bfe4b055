-- The MHLW cyber-security checklist (医療機関におけるサイバーセキュリティ対策チェックリスト) as catalogues in the same
-- shape as the tier requirements: per fiscal year, the institution form (医療機関確認用) with its gate question and
-- sections 1-3, and the vendor form (事業者確認用). FY2025 adds operating rules, named administrator rights, password
-- rules, removable-media control and two-factor authentication (required by FY2027: target_fiscal_year).
-- Answers (はい/いいえ with the check date; いいえ with a target date inside the fiscal year) are checklist responses;
-- a vendor answers its form through a single-use, expiring link.

INSERT INTO catalogue (code, framework, tier, fiscal_year, version_label, title_ja, title_en, source, effective_from, current_version) VALUES
('MHLW-INSTITUTION-2024', 'MHLW_INSTITUTION', NULL, 2024, 'FY2024', '医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）医療機関確認用', 'MHLW cyber-security checklist FY2024: institution form', '厚生労働省 医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）医療機関確認用', '2024-04-01', FALSE),
('MHLW-INSTITUTION-2025', 'MHLW_INSTITUTION', NULL, 2025, 'FY2025', '医療機関におけるサイバーセキュリティ対策チェックリスト（令和7年度版）医療機関確認用', 'MHLW cyber-security checklist FY2025: institution form', '厚生労働省 医療機関におけるサイバーセキュリティ対策チェックリスト（令和7年度版）医療機関確認用', '2025-04-01', TRUE),
('MHLW-VENDOR-2024', 'MHLW_VENDOR', NULL, 2024, 'FY2024', '医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）事業者確認用', 'MHLW cyber-security checklist FY2024: vendor form', '厚生労働省 医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）事業者確認用', '2024-04-01', FALSE),
('MHLW-VENDOR-2025', 'MHLW_VENDOR', NULL, 2025, 'FY2025', '医療機関におけるサイバーセキュリティ対策チェックリスト（令和7年度版）事業者確認用', 'MHLW cyber-security checklist FY2025: vendor form', '厚生労働省 医療機関におけるサイバーセキュリティ対策チェックリスト（令和7年度版）事業者確認用', '2025-04-01', TRUE);

SET @c = (SELECT id FROM catalogue WHERE code = 'MHLW-INSTITUTION-2024');
INSERT INTO catalogue_item (catalogue_id, code, sort_order, section, section_ja, text_ja, text_en, kind, target_fiscal_year) VALUES
(@c, 'GATE', 1, 'GATE', '確認の前提', '医療情報システムを導入・運用している。（「いいえ」の場合、以降の項目への回答は不要です。）', 'The institution runs medical information systems (if not, the rest need not be answered).', 'GATE', NULL),
(@c, '1-1', 2, 'ORGANISATION', '1 体制構築', '医療情報システム安全管理責任者を設置している。', 'A person responsible for the safety management of the medical information systems is appointed.', 'REQUIREMENT', NULL),
(@c, '2-1-1', 3, 'GENERAL', '2 医療情報システムの管理・運用（1）医療情報システム全般', 'サーバ、端末PC、ネットワーク機器の台帳管理を行っている。', 'Servers, terminal PCs and network devices are kept in a register.', 'REQUIREMENT', NULL),
(@c, '2-1-2', 4, 'GENERAL', '2 医療情報システムの管理・運用（1）医療情報システム全般', 'リモートメンテナンス（保守）を利用している機器の有無を事業者等に確認した。', 'Vendors were asked which devices are remotely maintained.', 'REQUIREMENT', NULL),
(@c, '2-1-3', 5, 'GENERAL', '2 医療情報システムの管理・運用（1）医療情報システム全般', '事業者から製造業者／サービス事業者による医療情報セキュリティ開示書（MDS／SDS）を提出してもらう。', 'Vendors submit the manufacturer / service provider security disclosure (MDS/SDS).', 'REQUIREMENT', NULL),
(@c, '2-2-1', 6, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', '利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。', 'Access rights are set per information class by each user''s profession and duties.', 'REQUIREMENT', NULL),
(@c, '2-2-2', 7, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', '退職者や使用していないアカウント等、不要なアカウントを削除している。', 'Unneeded accounts (leavers, unused accounts) are removed.', 'REQUIREMENT', NULL),
(@c, '2-2-3', 8, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', 'アクセスログを管理している。', 'Access logs are managed.', 'REQUIREMENT', NULL),
(@c, '2-2-4', 9, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。', 'Security patches (latest firmware and updates) are applied.', 'REQUIREMENT', NULL),
(@c, '2-2-5', 10, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', 'バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。', 'Unneeded software and services running in the background are stopped.', 'REQUIREMENT', NULL),
(@c, '2-3-1', 11, 'TERMINAL', '2 医療情報システムの管理・運用（3）端末PC', '利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。', 'Access rights are set per information class by each user''s profession and duties.', 'REQUIREMENT', NULL),
(@c, '2-3-2', 12, 'TERMINAL', '2 医療情報システムの管理・運用（3）端末PC', '退職者や使用していないアカウント等、不要なアカウントを削除している。', 'Unneeded accounts (leavers, unused accounts) are removed.', 'REQUIREMENT', NULL),
(@c, '2-3-3', 13, 'TERMINAL', '2 医療情報システムの管理・運用（3）端末PC', 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。', 'Security patches (latest firmware and updates) are applied.', 'REQUIREMENT', NULL),
(@c, '2-3-4', 14, 'TERMINAL', '2 医療情報システムの管理・運用（3）端末PC', 'バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。', 'Unneeded software and services running in the background are stopped.', 'REQUIREMENT', NULL),
(@c, '2-4-1', 15, 'NETWORK', '2 医療情報システムの管理・運用（4）ネットワーク機器', 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。', 'Security patches (latest firmware and updates) are applied.', 'REQUIREMENT', NULL),
(@c, '2-4-2', 16, 'NETWORK', '2 医療情報システムの管理・運用（4）ネットワーク機器', '接続元制限を実施している。', 'Connections are restricted by source address.', 'REQUIREMENT', NULL),
(@c, '3-1', 17, 'INCIDENT', '3 インシデント発生に備えた対応', 'インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある。', 'There is a contact chart for incidents, inside the institution and to outside bodies (vendors, MHLW, police).', 'REQUIREMENT', NULL),
(@c, '3-2', 18, 'INCIDENT', '3 インシデント発生に備えた対応', 'インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している。', 'The information needed to keep treating patients in an incident is identified; data and systems are backed up and the restore procedure is tested.', 'REQUIREMENT', NULL),
(@c, '3-3', 19, 'INCIDENT', '3 インシデント発生に備えた対応', 'サイバー攻撃を想定した事業継続計画（BCP）を策定している。', 'A business continuity plan (BCP) that assumes a cyberattack is in place.', 'REQUIREMENT', NULL);

SET @c = (SELECT id FROM catalogue WHERE code = 'MHLW-INSTITUTION-2025');
INSERT INTO catalogue_item (catalogue_id, code, sort_order, section, section_ja, text_ja, text_en, kind, target_fiscal_year) VALUES
(@c, 'GATE', 1, 'GATE', '確認の前提', '医療情報システムを導入・運用している。（「いいえ」の場合、以降の項目への回答は不要です。）', 'The institution runs medical information systems (if not, the rest need not be answered).', 'GATE', NULL),
(@c, '1-1', 2, 'ORGANISATION', '1 体制構築', '医療情報システム安全管理責任者を設置している。', 'A person responsible for the safety management of the medical information systems is appointed.', 'REQUIREMENT', NULL),
(@c, '1-2', 3, 'ORGANISATION', '1 体制構築', '医療情報システムの運用管理規程等を定め、運用している。', 'Operating rules for the medical information systems are laid down and followed.', 'REQUIREMENT', NULL),
(@c, '2-1-1', 4, 'GENERAL', '2 医療情報システムの管理・運用（1）医療情報システム全般', 'サーバ、端末PC、ネットワーク機器の台帳管理を行っている。', 'Servers, terminal PCs and network devices are kept in a register.', 'REQUIREMENT', NULL),
(@c, '2-1-2', 5, 'GENERAL', '2 医療情報システムの管理・運用（1）医療情報システム全般', 'リモートメンテナンス（保守）を利用している機器の有無を事業者等に確認した。', 'Vendors were asked which devices are remotely maintained.', 'REQUIREMENT', NULL),
(@c, '2-1-3', 6, 'GENERAL', '2 医療情報システムの管理・運用（1）医療情報システム全般', '事業者から製造業者／サービス事業者による医療情報セキュリティ開示書（MDS／SDS）を提出してもらう。', 'Vendors submit the manufacturer / service provider security disclosure (MDS/SDS).', 'REQUIREMENT', NULL),
(@c, '2-2-1', 7, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', '利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。', 'Access rights are set per information class by each user''s profession and duties.', 'REQUIREMENT', NULL),
(@c, '2-2-2', 8, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', '退職者や使用していないアカウント等、不要なアカウントを削除している。', 'Unneeded accounts (leavers, unused accounts) are removed.', 'REQUIREMENT', NULL),
(@c, '2-2-3', 9, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', 'アクセスログを管理している。', 'Access logs are managed.', 'REQUIREMENT', NULL),
(@c, '2-2-4', 10, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。', 'Security patches (latest firmware and updates) are applied.', 'REQUIREMENT', NULL),
(@c, '2-2-5', 11, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', 'バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。', 'Unneeded software and services running in the background are stopped.', 'REQUIREMENT', NULL),
(@c, '2-2-6', 12, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', '管理者権限を持つ者を特定し、必要最小限としている。', 'Holders of administrator rights are named and kept to the minimum.', 'REQUIREMENT', NULL),
(@c, '2-2-7', 13, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', '利用者のパスワードについて、文字数・文字種・使い回しの禁止等のルールを定めて運用している。', 'Password rules (length, character classes, no reuse) are laid down and followed.', 'REQUIREMENT', NULL),
(@c, '2-2-8', 14, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', 'サーバへのログインに二要素認証を導入している（令和9年度までの対応を求める）。', 'Two-factor authentication is used to log in to servers (required by FY2027).', 'REQUIREMENT', 2027),
(@c, '2-3-1', 15, 'TERMINAL', '2 医療情報システムの管理・運用（3）端末PC', '利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。', 'Access rights are set per information class by each user''s profession and duties.', 'REQUIREMENT', NULL),
(@c, '2-3-2', 16, 'TERMINAL', '2 医療情報システムの管理・運用（3）端末PC', '退職者や使用していないアカウント等、不要なアカウントを削除している。', 'Unneeded accounts (leavers, unused accounts) are removed.', 'REQUIREMENT', NULL),
(@c, '2-3-3', 17, 'TERMINAL', '2 医療情報システムの管理・運用（3）端末PC', 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。', 'Security patches (latest firmware and updates) are applied.', 'REQUIREMENT', NULL),
(@c, '2-3-4', 18, 'TERMINAL', '2 医療情報システムの管理・運用（3）端末PC', 'バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。', 'Unneeded software and services running in the background are stopped.', 'REQUIREMENT', NULL),
(@c, '2-3-5', 19, 'TERMINAL', '2 医療情報システムの管理・運用（3）端末PC', '利用者のパスワードについて、文字数・文字種・使い回しの禁止等のルールを定めて運用している。', 'Password rules (length, character classes, no reuse) are laid down and followed.', 'REQUIREMENT', NULL),
(@c, '2-3-6', 20, 'TERMINAL', '2 医療情報システムの管理・運用（3）端末PC', 'USBメモリ等の外部記録媒体の使用を制限している。', 'Use of removable media such as USB memory is restricted.', 'REQUIREMENT', NULL),
(@c, '2-3-7', 21, 'TERMINAL', '2 医療情報システムの管理・運用（3）端末PC', '端末PCへのログインに二要素認証を導入している（令和9年度までの対応を求める）。', 'Two-factor authentication is used to log in to terminal PCs (required by FY2027).', 'REQUIREMENT', 2027),
(@c, '2-4-1', 22, 'NETWORK', '2 医療情報システムの管理・運用（4）ネットワーク機器', 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。', 'Security patches (latest firmware and updates) are applied.', 'REQUIREMENT', NULL),
(@c, '2-4-2', 23, 'NETWORK', '2 医療情報システムの管理・運用（4）ネットワーク機器', '接続元制限を実施している。', 'Connections are restricted by source address.', 'REQUIREMENT', NULL),
(@c, '3-1', 24, 'INCIDENT', '3 インシデント発生に備えた対応', 'インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある。', 'There is a contact chart for incidents, inside the institution and to outside bodies (vendors, MHLW, police).', 'REQUIREMENT', NULL),
(@c, '3-2', 25, 'INCIDENT', '3 インシデント発生に備えた対応', 'インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している。', 'The information needed to keep treating patients in an incident is identified; data and systems are backed up and the restore procedure is tested.', 'REQUIREMENT', NULL),
(@c, '3-3', 26, 'INCIDENT', '3 インシデント発生に備えた対応', 'サイバー攻撃を想定した事業継続計画（BCP）を策定している。', 'A business continuity plan (BCP) that assumes a cyberattack is in place.', 'REQUIREMENT', NULL);

SET @c = (SELECT id FROM catalogue WHERE code = 'MHLW-VENDOR-2024');
INSERT INTO catalogue_item (catalogue_id, code, sort_order, section, section_ja, text_ja, text_en, kind, target_fiscal_year) VALUES
(@c, '1-1', 1, 'ORGANISATION', '1 体制構築', '事業者内に、医療情報セキュリティ責任者を設置している。', 'The vendor has appointed a person responsible for medical information security.', 'REQUIREMENT', NULL),
(@c, '2-1-1', 2, 'GENERAL', '2 医療情報システムの管理・運用（1）医療情報システム全般', '医療機関に、リモートメンテナンス（保守）を利用している機器の有無を伝えた。', 'The vendor told the institution which devices it maintains remotely.', 'REQUIREMENT', NULL),
(@c, '2-1-2', 3, 'GENERAL', '2 医療情報システムの管理・運用（1）医療情報システム全般', '医療機関に、製造業者／サービス事業者による医療情報セキュリティ開示書（MDS／SDS）を提出した。', 'The vendor submitted the MDS/SDS to the institution.', 'REQUIREMENT', NULL),
(@c, '2-2-1', 4, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', '利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。', 'Access rights are set per information class by each user''s profession and duties.', 'REQUIREMENT', NULL),
(@c, '2-2-2', 5, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', '退職者や使用していないアカウント等、不要なアカウントを削除している。', 'Unneeded accounts (leavers, unused accounts) are removed.', 'REQUIREMENT', NULL),
(@c, '2-2-3', 6, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', 'アクセスログを管理している。', 'Access logs are managed.', 'REQUIREMENT', NULL),
(@c, '2-2-4', 7, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。', 'Security patches (latest firmware and updates) are applied.', 'REQUIREMENT', NULL),
(@c, '2-2-5', 8, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', 'バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。', 'Unneeded software and services running in the background are stopped.', 'REQUIREMENT', NULL),
(@c, '2-3-1', 9, 'TERMINAL', '2 医療情報システムの管理・運用（3）端末PC', '利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。', 'Access rights are set per information class by each user''s profession and duties.', 'REQUIREMENT', NULL),
(@c, '2-3-2', 10, 'TERMINAL', '2 医療情報システムの管理・運用（3）端末PC', '退職者や使用していないアカウント等、不要なアカウントを削除している。', 'Unneeded accounts (leavers, unused accounts) are removed.', 'REQUIREMENT', NULL),
(@c, '2-3-3', 11, 'TERMINAL', '2 医療情報システムの管理・運用（3）端末PC', 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。', 'Security patches (latest firmware and updates) are applied.', 'REQUIREMENT', NULL),
(@c, '2-3-4', 12, 'TERMINAL', '2 医療情報システムの管理・運用（3）端末PC', 'バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。', 'Unneeded software and services running in the background are stopped.', 'REQUIREMENT', NULL),
(@c, '2-4-1', 13, 'NETWORK', '2 医療情報システムの管理・運用（4）ネットワーク機器', 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。', 'Security patches (latest firmware and updates) are applied.', 'REQUIREMENT', NULL),
(@c, '2-4-2', 14, 'NETWORK', '2 医療情報システムの管理・運用（4）ネットワーク機器', '接続元制限を実施している。', 'Connections are restricted by source address.', 'REQUIREMENT', NULL),
(@c, '3-1', 15, 'INCIDENT', '3 インシデント発生に備えた対応', 'インシデント発生時における医療機関との連絡体制を確認している。', 'The contact arrangements with the institution for incidents are confirmed.', 'REQUIREMENT', NULL);

SET @c = (SELECT id FROM catalogue WHERE code = 'MHLW-VENDOR-2025');
INSERT INTO catalogue_item (catalogue_id, code, sort_order, section, section_ja, text_ja, text_en, kind, target_fiscal_year) VALUES
(@c, '1-1', 1, 'ORGANISATION', '1 体制構築', '事業者内に、医療情報セキュリティ責任者を設置している。', 'The vendor has appointed a person responsible for medical information security.', 'REQUIREMENT', NULL),
(@c, '2-1-1', 2, 'GENERAL', '2 医療情報システムの管理・運用（1）医療情報システム全般', '医療機関に、リモートメンテナンス（保守）を利用している機器の有無を伝えた。', 'The vendor told the institution which devices it maintains remotely.', 'REQUIREMENT', NULL),
(@c, '2-1-2', 3, 'GENERAL', '2 医療情報システムの管理・運用（1）医療情報システム全般', '医療機関に、製造業者／サービス事業者による医療情報セキュリティ開示書（MDS／SDS）を提出した。', 'The vendor submitted the MDS/SDS to the institution.', 'REQUIREMENT', NULL),
(@c, '2-2-1', 4, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', '利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。', 'Access rights are set per information class by each user''s profession and duties.', 'REQUIREMENT', NULL),
(@c, '2-2-2', 5, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', '退職者や使用していないアカウント等、不要なアカウントを削除している。', 'Unneeded accounts (leavers, unused accounts) are removed.', 'REQUIREMENT', NULL),
(@c, '2-2-3', 6, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', 'アクセスログを管理している。', 'Access logs are managed.', 'REQUIREMENT', NULL),
(@c, '2-2-4', 7, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。', 'Security patches (latest firmware and updates) are applied.', 'REQUIREMENT', NULL),
(@c, '2-2-5', 8, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', 'バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。', 'Unneeded software and services running in the background are stopped.', 'REQUIREMENT', NULL),
(@c, '2-2-6', 9, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', '管理者権限を持つ者を特定し、必要最小限としている。', 'Holders of administrator rights are named and kept to the minimum.', 'REQUIREMENT', NULL),
(@c, '2-2-7', 10, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', '利用者のパスワードについて、文字数・文字種・使い回しの禁止等のルールを定めて運用している。', 'Password rules (length, character classes, no reuse) are laid down and followed.', 'REQUIREMENT', NULL),
(@c, '2-2-8', 11, 'SERVER', '2 医療情報システムの管理・運用（2）サーバ', 'サーバへのログインに二要素認証を導入している（令和9年度までの対応を求める）。', 'Two-factor authentication is used to log in to servers (required by FY2027).', 'REQUIREMENT', 2027),
(@c, '2-3-1', 12, 'TERMINAL', '2 医療情報システムの管理・運用（3）端末PC', '利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。', 'Access rights are set per information class by each user''s profession and duties.', 'REQUIREMENT', NULL),
(@c, '2-3-2', 13, 'TERMINAL', '2 医療情報システムの管理・運用（3）端末PC', '退職者や使用していないアカウント等、不要なアカウントを削除している。', 'Unneeded accounts (leavers, unused accounts) are removed.', 'REQUIREMENT', NULL),
(@c, '2-3-3', 14, 'TERMINAL', '2 医療情報システムの管理・運用（3）端末PC', 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。', 'Security patches (latest firmware and updates) are applied.', 'REQUIREMENT', NULL),
(@c, '2-3-4', 15, 'TERMINAL', '2 医療情報システムの管理・運用（3）端末PC', 'バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。', 'Unneeded software and services running in the background are stopped.', 'REQUIREMENT', NULL),
(@c, '2-4-1', 16, 'NETWORK', '2 医療情報システムの管理・運用（4）ネットワーク機器', 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。', 'Security patches (latest firmware and updates) are applied.', 'REQUIREMENT', NULL),
(@c, '2-4-2', 17, 'NETWORK', '2 医療情報システムの管理・運用（4）ネットワーク機器', '接続元制限を実施している。', 'Connections are restricted by source address.', 'REQUIREMENT', NULL),
(@c, '3-1', 18, 'INCIDENT', '3 インシデント発生に備えた対応', 'インシデント発生時における医療機関との連絡体制を確認している。', 'The contact arrangements with the institution for incidents are confirmed.', 'REQUIREMENT', NULL);

-- Vendors of an institution's systems, with the contact their checklist link goes to.
CREATE TABLE vendor (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    institution_id BIGINT       NOT NULL,
    name           VARCHAR(200) NOT NULL,
    contact_name   VARCHAR(100) NOT NULL,
    contact_email  VARCHAR(254) NOT NULL,
    systems        VARCHAR(300),
    CONSTRAINT fk_vendor_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    INDEX ix_vendor_institution (institution_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

-- One set of answers to a checklist form: the institution's own (vendor_id NULL) or a vendor's.
CREATE TABLE checklist_response (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        INT          NOT NULL DEFAULT 0,
    institution_id BIGINT       NOT NULL,
    catalogue_id   BIGINT       NOT NULL,
    vendor_id      BIGINT,
    respondent     VARCHAR(100) NOT NULL,
    submitted_at   DATETIME(6),
    CONSTRAINT fk_checklist_response_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_checklist_response_catalogue FOREIGN KEY (catalogue_id) REFERENCES catalogue (id),
    CONSTRAINT fk_checklist_response_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id),
    INDEX ix_checklist_response_institution (institution_id, catalogue_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE checklist_answer (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           INT           NOT NULL DEFAULT 0,
    response_id       BIGINT        NOT NULL,
    catalogue_item_id BIGINT        NOT NULL,
    answer            VARCHAR(3)    NOT NULL,
    checked_on        DATE          NOT NULL,
    target_date       DATE,
    note              VARCHAR(1000),
    answered_by       VARCHAR(100)  NOT NULL,
    answered_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uq_checklist_answer UNIQUE (response_id, catalogue_item_id),
    CONSTRAINT fk_checklist_answer_response FOREIGN KEY (response_id) REFERENCES checklist_response (id),
    CONSTRAINT fk_checklist_answer_item FOREIGN KEY (catalogue_item_id) REFERENCES catalogue_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE checklist_answer_aud (
    id                BIGINT  NOT NULL,
    rev               BIGINT  NOT NULL,
    revtype           TINYINT,
    response_id       BIGINT,
    catalogue_item_id BIGINT,
    answer            VARCHAR(3),
    checked_on        DATE,
    target_date       DATE,
    note              VARCHAR(1000),
    answered_by       VARCHAR(100),
    answered_at       DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_checklist_answer_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

-- The single-use, expiring link a vendor answers through. Only the SHA-256 of the token is kept.
CREATE TABLE vendor_token (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    vendor_id    BIGINT      NOT NULL,
    catalogue_id BIGINT      NOT NULL,
    token_hash   VARCHAR(64) NOT NULL,
    expires_at   DATETIME(6) NOT NULL,
    used_at      DATETIME(6),
    created_by   VARCHAR(64) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT uq_vendor_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_vendor_token_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id),
    CONSTRAINT fk_vendor_token_catalogue FOREIGN KEY (catalogue_id) REFERENCES catalogue (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
