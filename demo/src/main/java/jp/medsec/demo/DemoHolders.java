package jp.medsec.demo;

import jp.medsec.certification.CertificationType;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Holders with Japanese names, spread over the prefectures by weight, most of them working at a hospital of their
 * prefecture, each with a HIT and some with Senior HIT or MIIS. Holder 1 is the demo holder account (HIT and Senior
 * HIT, both current); holders 2–6 hold the README's certificates in each status.
 */
final class DemoHolders {

    private final Random random;
    private final LocalDate today;
    private final DemoCertifications certifications;

    DemoHolders(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
        this.certifications = new DemoCertifications(random, today);
    }

    List<HolderRow> build(int total, List<InstitutionRow> institutions) {
        List<List<InstitutionRow>> byPrefecture = new ArrayList<>();
        for (int p = 1; p <= 47; p++) {
            final int code = p;
            byPrefecture.add(institutions.stream().filter(i -> i.prefecture == code).toList());
        }
        int[] cumulative = new int[47];
        int sum = 0;
        for (int i = 0; i < 47; i++) {
            sum += NamePools.WEIGHT[i];
            cumulative[i] = sum;
        }
        long[] serials = new long[CertificationType.values().length];
        List<HolderRow> rows = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            HolderRow h = new HolderRow();
            h.id = i + 1;
            h.family = NamePools.FAMILY.get(random.nextInt(NamePools.FAMILY.size()));
            List<NamePools.Name> givenPool = random.nextBoolean() ? NamePools.GIVEN_MALE : NamePools.GIVEN_FEMALE;
            h.given = givenPool.get(random.nextInt(givenPool.size()));
            h.birthDate = LocalDate.of(1958 + random.nextInt(42), 1 + random.nextInt(12), 1 + random.nextInt(28));
            int pick = random.nextInt(sum);
            int p = 0;
            while (cumulative[p] <= pick) {
                p++;
            }
            h.prefecture = p + 1;
            List<InstitutionRow> local = byPrefecture.get(p);
            h.institutionId = random.nextInt(100) < 85 ? local.get(random.nextInt(local.size())).id : null;
            h.directoryConsent = random.nextInt(100) < 50;

            boolean demoHolder = i == 0;
            int hitPass = demoHolder ? 2012 : 2003 + random.nextInt(Math.max(1, today.getYear() - 2003));
            HolderRow.CertRow hit = DemoCertifications.isForced(h.id)
                    ? certifications.forced(DemoCertifications.FORCED.get((int) h.id - 2), ++serials[0])
                    : certifications.passed(CertificationType.HIT, ++serials[0], hitPass, demoHolder);
            h.certifications.add(hit);
            if (DemoCertifications.isForced(h.id)) {
                rows.add(h);
                continue;
            }
            if (hit.status().isCurrent()) {
                int seniorFrom = Math.max(2009, hitPass + 3);
                if ((demoHolder || random.nextInt(100) < 14) && seniorFrom < today.getYear()) {
                    int pass = demoHolder ? 2018 : seniorFrom + random.nextInt(today.getYear() - seniorFrom);
                    h.certifications.add(certifications.passed(CertificationType.SENIOR_HIT, ++serials[1], pass, demoHolder));
                }
                int miisFrom = Math.max(2010, hitPass + 1);
                if (!demoHolder && random.nextInt(100) < 9 && miisFrom < today.getYear()) {
                    int pass = miisFrom + random.nextInt(today.getYear() - miisFrom);
                    h.certifications.add(certifications.passed(CertificationType.MIIS, ++serials[2], pass, false));
                }
            }
            rows.add(h);
        }
        return rows;
    }

    static void insert(Connection c, List<HolderRow> rows) throws SQLException {
        try (JdbcBatches batches = new JdbcBatches(c)) {
            PreparedStatement ps = batches.prepare("INSERT INTO holder (id, family_name, given_name, family_name_kana, "
                    + "given_name_kana, birth_date, email, prefecture_code, institution_id, directory_consent) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?)");
            for (HolderRow h : rows) {
                ps.setLong(1, h.id);
                ps.setString(2, h.family.kanji());
                ps.setString(3, h.given.kanji());
                ps.setString(4, h.family.kana());
                ps.setString(5, h.given.kana());
                ps.setDate(6, Date.valueOf(h.birthDate));
                ps.setString(7, String.format("holder%06d@example.jp", h.id));
                ps.setInt(8, h.prefecture);
                ps.setObject(9, h.institutionId, Types.BIGINT);
                ps.setBoolean(10, h.directoryConsent);
                batches.add(ps);
            }
        }
    }
}
