-- MedSec Registry foundation: prefectures, institutions, holders and certifications, accounts, history.
-- Every table is InnoDB, utf8mb4; enumerations are VARCHAR holding the Java enum names.

CREATE TABLE prefecture (
    code      INT         NOT NULL PRIMARY KEY,
    name_ja   VARCHAR(8)  NOT NULL,
    name_en   VARCHAR(32) NOT NULL,
    region    VARCHAR(16) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

INSERT INTO prefecture (code, name_ja, name_en, region) VALUES
 (1, '北海道', 'Hokkaido', 'HOKKAIDO'), (2, '青森県', 'Aomori', 'TOHOKU'), (3, '岩手県', 'Iwate', 'TOHOKU'),
 (4, '宮城県', 'Miyagi', 'TOHOKU'), (5, '秋田県', 'Akita', 'TOHOKU'), (6, '山形県', 'Yamagata', 'TOHOKU'),
 (7, '福島県', 'Fukushima', 'TOHOKU'), (8, '茨城県', 'Ibaraki', 'KANTO'), (9, '栃木県', 'Tochigi', 'KANTO'),
 (10, '群馬県', 'Gunma', 'KANTO'), (11, '埼玉県', 'Saitama', 'KANTO'), (12, '千葉県', 'Chiba', 'KANTO'),
 (13, '東京都', 'Tokyo', 'KANTO'), (14, '神奈川県', 'Kanagawa', 'KANTO'), (15, '新潟県', 'Niigata', 'CHUBU'),
 (16, '富山県', 'Toyama', 'CHUBU'), (17, '石川県', 'Ishikawa', 'CHUBU'), (18, '福井県', 'Fukui', 'CHUBU'),
 (19, '山梨県', 'Yamanashi', 'CHUBU'), (20, '長野県', 'Nagano', 'CHUBU'), (21, '岐阜県', 'Gifu', 'CHUBU'),
 (22, '静岡県', 'Shizuoka', 'CHUBU'), (23, '愛知県', 'Aichi', 'CHUBU'), (24, '三重県', 'Mie', 'KINKI'),
 (25, '滋賀県', 'Shiga', 'KINKI'), (26, '京都府', 'Kyoto', 'KINKI'), (27, '大阪府', 'Osaka', 'KINKI'),
 (28, '兵庫県', 'Hyogo', 'KINKI'), (29, '奈良県', 'Nara', 'KINKI'), (30, '和歌山県', 'Wakayama', 'KINKI'),
 (31, '鳥取県', 'Tottori', 'CHUGOKU'), (32, '島根県', 'Shimane', 'CHUGOKU'), (33, '岡山県', 'Okayama', 'CHUGOKU'),
 (34, '広島県', 'Hiroshima', 'CHUGOKU'), (35, '山口県', 'Yamaguchi', 'CHUGOKU'), (36, '徳島県', 'Tokushima', 'SHIKOKU'),
 (37, '香川県', 'Kagawa', 'SHIKOKU'), (38, '愛媛県', 'Ehime', 'SHIKOKU'), (39, '高知県', 'Kochi', 'SHIKOKU'),
 (40, '福岡県', 'Fukuoka', 'KYUSHU'), (41, '佐賀県', 'Saga', 'KYUSHU'), (42, '長崎県', 'Nagasaki', 'KYUSHU'),
 (43, '熊本県', 'Kumamoto', 'KYUSHU'), (44, '大分県', 'Oita', 'KYUSHU'), (45, '宮崎県', 'Miyazaki', 'KYUSHU'),
 (46, '鹿児島県', 'Kagoshima', 'KYUSHU'), (47, '沖縄県', 'Okinawa', 'KYUSHU');

CREATE TABLE institution (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version             INT          NOT NULL DEFAULT 0,
    name                VARCHAR(200) NOT NULL,
    name_kana           VARCHAR(200),
    prefecture_code     INT          NOT NULL,
    municipality        VARCHAR(100),
    beds                INT          NOT NULL,
    kind                VARCHAR(32)  NOT NULL,
    corporate_group     VARCHAR(200),
    tier                VARCHAR(20)  NOT NULL,
    regionally_critical BOOLEAN      NOT NULL DEFAULT FALSE,
    on_premises_systems BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_institution_prefecture FOREIGN KEY (prefecture_code) REFERENCES prefecture (code),
    CONSTRAINT ck_institution_beds CHECK (beds >= 0),
    INDEX ix_institution_prefecture_tier (prefecture_code, tier),
    INDEX ix_institution_tier (tier)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE holder (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           INT          NOT NULL DEFAULT 0,
    family_name       VARCHAR(50)  NOT NULL,
    given_name        VARCHAR(50)  NOT NULL,
    family_name_kana  VARCHAR(100) NOT NULL,
    given_name_kana   VARCHAR(100) NOT NULL,
    birth_date        DATE,
    email             VARCHAR(254),
    prefecture_code   INT          NOT NULL,
    institution_id    BIGINT,
    directory_consent BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_holder_prefecture FOREIGN KEY (prefecture_code) REFERENCES prefecture (code),
    CONSTRAINT fk_holder_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    INDEX ix_holder_kana (family_name_kana, given_name_kana),
    INDEX ix_holder_name (family_name, given_name),
    INDEX ix_holder_prefecture (prefecture_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE certification (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            INT          NOT NULL DEFAULT 0,
    holder_id          BIGINT       NOT NULL,
    type               VARCHAR(16)  NOT NULL,
    certificate_number VARCHAR(14)  NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    first_certified_on DATE         NOT NULL,
    valid_from         DATE         NOT NULL,
    valid_until        DATE         NOT NULL,
    status_reason      VARCHAR(500),
    CONSTRAINT uq_certification_number UNIQUE (certificate_number),
    CONSTRAINT uq_certification_holder_type UNIQUE (holder_id, type),
    CONSTRAINT fk_certification_holder FOREIGN KEY (holder_id) REFERENCES holder (id),
    CONSTRAINT ck_certification_number CHECK (certificate_number REGEXP '^[A-Z]{2,5}-[0-9]{4,8}$'),
    INDEX ix_certification_type_status (type, status),
    INDEX ix_certification_valid_until (valid_until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE user_account (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         INT          NOT NULL DEFAULT 0,
    username        VARCHAR(64)  NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    role            VARCHAR(32)  NOT NULL,
    display_name    VARCHAR(100) NOT NULL,
    holder_id       BIGINT,
    institution_id  BIGINT,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(6),
    last_login_at   DATETIME(6),
    CONSTRAINT uq_user_account_username UNIQUE (username),
    CONSTRAINT fk_user_account_holder FOREIGN KEY (holder_id) REFERENCES holder (id),
    CONSTRAINT fk_user_account_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

-- History (Envers): one revision per changing transaction, audit rows per entity.
CREATE TABLE revinfo (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    changed_at BIGINT      NOT NULL,
    changed_by VARCHAR(64) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE institution_aud (
    id                  BIGINT  NOT NULL,
    rev                 BIGINT  NOT NULL,
    revtype             TINYINT,
    name                VARCHAR(200),
    name_kana           VARCHAR(200),
    prefecture_code     INT,
    municipality        VARCHAR(100),
    beds                INT,
    kind                VARCHAR(32),
    corporate_group     VARCHAR(200),
    tier                VARCHAR(20),
    regionally_critical BOOLEAN,
    on_premises_systems BOOLEAN,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_institution_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE holder_aud (
    id                BIGINT NOT NULL,
    rev               BIGINT NOT NULL,
    revtype           TINYINT,
    family_name       VARCHAR(50),
    given_name        VARCHAR(50),
    family_name_kana  VARCHAR(100),
    given_name_kana   VARCHAR(100),
    birth_date        DATE,
    email             VARCHAR(254),
    prefecture_code   INT,
    institution_id    BIGINT,
    directory_consent BOOLEAN,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_holder_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE certification_aud (
    id                 BIGINT NOT NULL,
    rev                BIGINT NOT NULL,
    revtype            TINYINT,
    holder_id          BIGINT,
    type               VARCHAR(16),
    certificate_number VARCHAR(14),
    status             VARCHAR(16),
    first_certified_on DATE,
    valid_from         DATE,
    valid_until        DATE,
    status_reason      VARCHAR(500),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_certification_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
