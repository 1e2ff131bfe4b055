package jp.medsec.demo;

import jp.medsec.institution.InstitutionCode;
import jp.medsec.institution.InstitutionKind;
import jp.medsec.institution.InstitutionTier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Institutions in all 47 prefectures, as many per prefecture as its weight says: a university hospital first (LEADING,
 * except in three small prefectures), an advanced treatment hospital where there are many, then hospitals of every
 * kind of owner, most of them ASSISTED.
 */
final class DemoInstitutions {

    private final Random random;

    DemoInstitutions(Random random) {
        this.random = random;
    }

    /** {@code total} institutions, at least {@code leading} of them LEADING (see {@link DemoDataGenerator.Size}). */
    List<InstitutionRow> build(int total, int leading) {
        int weightSum = 0;
        for (int w : NamePools.WEIGHT) {
            weightSum += w;
        }
        // Three prefectures have no LEADING hospital yet: the dashboard must make them stand out.
        // Chosen among the smaller prefectures, as in reality.
        Set<Integer> withoutLeading = new HashSet<>();
        while (withoutLeading.size() < 3) {
            int candidate = 1 + random.nextInt(47);
            if (NamePools.WEIGHT[candidate - 1] <= 15) {
                withoutLeading.add(candidate);
            }
        }
        List<InstitutionRow> rows = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int p = 1; p <= 47; p++) {
            int count = Math.max(2, Math.round((float) total * NamePools.WEIGHT[p - 1] / weightSum));
            List<String> cities = NamePools.CITIES.get(p - 1);
            for (int n = 0; n < count; n++) {
                InstitutionRow row = new InstitutionRow();
                row.prefecture = p;
                row.municipality = n == 0 ? cities.get(0) : cities.get(random.nextInt(cities.size()));
                String base = cityBase(row.municipality);
                if (n == 0) {
                    row.kind = InstitutionKind.UNIVERSITY_HOSPITAL;
                    row.name = base + "医療大学附属病院";
                    row.corporateGroup = "学校法人" + base + "医療大学";
                    row.beds = 600 + random.nextInt(600);
                    row.tier = withoutLeading.contains(p) ? InstitutionTier.SELF_DEFENDING : InstitutionTier.LEADING;
                    row.regionallyCritical = true;
                } else if (n == 1 && count >= 10 && !withoutLeading.contains(p)) {
                    row.kind = InstitutionKind.ADVANCED_TREATMENT_HOSPITAL;
                    row.name = unique(names, base + "総合医療センター");
                    row.corporateGroup = "独立行政法人" + prefectureOwner(p) + "医療機構";
                    row.beds = 500 + random.nextInt(400);
                    row.tier = InstitutionTier.LEADING;
                    row.regionallyCritical = true;
                } else {
                    row.kind = InstitutionKind.OTHER;
                    otherHospital(row, base, p, names);
                    boolean large = random.nextInt(100) < 18;
                    row.beds = large ? 400 + random.nextInt(350) : 19 + random.nextInt(381);
                    row.regionallyCritical = !large && random.nextInt(100) < 8;
                    row.onPremises = large || random.nextInt(100) >= 15;
                    row.tier = large || row.regionallyCritical ? InstitutionTier.SELF_DEFENDING : InstitutionTier.ASSISTED;
                }
                names.add(row.name);
                rows.add(row);
            }
        }
        promote(rows, leading, withoutLeading);
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).id = i + 1;
        }
        return rows;
    }

    /**
     * Makes the largest SELF_DEFENDING hospitals LEADING until there are {@code leading} (the prefectures left without
     * one stay so). No random number is drawn, so everything else generated stays as it was.
     */
    private static void promote(List<InstitutionRow> rows, int leading, Set<Integer> withoutLeading) {
        long have = rows.stream().filter(r -> r.tier == InstitutionTier.LEADING).count();
        List<InstitutionRow> candidates = rows.stream().filter(r -> r.tier == InstitutionTier.SELF_DEFENDING)
                .filter(r -> !withoutLeading.contains(r.prefecture))
                .sorted(java.util.Comparator.comparingInt((InstitutionRow r) -> -r.beds)).toList(); // stable: ties keep order
        for (int i = 0; have < leading && i < candidates.size(); i++, have++) {
            candidates.get(i).tier = InstitutionTier.LEADING;
        }
    }

    private void otherHospital(InstitutionRow row, String base, int prefecture, Set<String> names) {
        String surname = NamePools.FAMILY.get(random.nextInt(NamePools.FAMILY.size())).kanji();
        switch (random.nextInt(7)) {
            case 0 -> {
                row.name = base + "市民病院";
                row.corporateGroup = row.municipality;
            }
            case 1 -> {
                row.name = prefectureOwner(prefecture) + "立" + base + "病院";
                row.corporateGroup = prefectureOwner(prefecture);
            }
            case 2 -> {
                row.name = surname + "記念病院";
                row.corporateGroup = "医療法人社団" + surname + "会";
            }
            case 3 -> {
                row.name = base + "中央病院";
                row.corporateGroup = "医療法人" + surname + "会";
            }
            case 4 -> {
                row.name = base + "赤十字病院";
                row.corporateGroup = "日本赤十字社";
            }
            case 5 -> {
                row.name = "地域医療機構" + base + "医療センター";
                row.corporateGroup = "独立行政法人地域医療機構";
            }
            default -> {
                row.name = "恵済会" + base + "病院";
                row.corporateGroup = "社会福祉法人恵済会";
            }
        }
        row.name = unique(names, row.name);
    }

    private static String unique(Set<String> names, String name) {
        if (!names.contains(name)) {
            return name;
        }
        for (int n = 2; ; n++) {
            String candidate = name.replace("病院", "第" + n + "病院").replace("センター", "第" + n + "センター");
            if (!names.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static String cityBase(String city) {
        return city.length() > 2 && (city.endsWith("市") || city.endsWith("区")) ? city.substring(0, city.length() - 1) : city;
    }

    private static String prefectureOwner(int prefecture) {
        return switch (prefecture) {
            case 1 -> "道";
            case 13 -> "都";
            case 26, 27 -> "府";
            default -> "県";
        };
    }

    static void insert(Connection c, List<InstitutionRow> rows) throws SQLException {
        try (JdbcBatches batches = new JdbcBatches(c)) {
            PreparedStatement ps = batches.prepare("INSERT INTO institution (id, name, prefecture_code, municipality, "
                    + "beds, kind, corporate_group, tier, regionally_critical, on_premises_systems, institution_code) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?)");
            int[] serials = new int[48];
            for (InstitutionRow r : rows) {
                // A code of the institution's prefecture, numbered in registration order (no random draw: the rest of
                // the data stays as it was).
                int serial = ++serials[r.prefecture];
                ps.setString(11, InstitutionCode.of(r.prefecture, 1 + serial / 10_000, serial % 10_000).value());
                ps.setLong(1, r.id);
                ps.setString(2, r.name);
                ps.setInt(3, r.prefecture);
                ps.setString(4, r.municipality);
                ps.setInt(5, r.beds);
                ps.setString(6, r.kind.name());
                ps.setString(7, r.corporateGroup);
                ps.setString(8, r.tier.name());
                ps.setBoolean(9, r.regionallyCritical);
                ps.setBoolean(10, r.onPremises);
                batches.add(ps);
            }
        }
    }
}
