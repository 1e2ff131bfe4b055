package jp.medsec.demo;

import jp.medsec.account.PasswordHashes;
import jp.medsec.account.Role;
import jp.medsec.certification.CertificateNumber;
import jp.medsec.certification.CertificationCycle;
import jp.medsec.certification.CertificationStatus;
import jp.medsec.certification.CertificationType;
import jp.medsec.institution.InstitutionKind;
import jp.medsec.institution.InstitutionTier;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Builds a fictional but plausible Japan: institutions in all 47 prefectures across the three tiers, and holders of
 * HIT, Senior HIT and MIIS with Japanese names, their cycles and statuses as of a given day, plus one sign-in account
 * per role. The same seed gives the same data. Rows go in by JDBC batches, so the same code builds the Japan-scale
 * benchmark data set ({@link Size#JAPAN}).
 */
public final class DemoDataGenerator {

    /** How much to generate. */
    public record Size(int institutions, int holders) {
        public static final Size DEMO = new Size(300, 2000);
        public static final Size JAPAN = new Size(8300, 25000);

        public Size {
            if (institutions < 47) {
                throw new IllegalArgumentException("At least one institution per prefecture (47) is needed, was " + institutions);
            }
            if (holders < 5) {
                throw new IllegalArgumentException("At least 5 holders are needed, was " + holders);
            }
        }
    }

    /** What was generated. */
    public record Result(int institutions, int holders, Map<CertificationType, Integer> certificationsByType,
                         Map<CertificationStatus, Integer> certificationsByStatus, List<Integer> prefecturesWithoutLeading) {
    }

    /** The demo accounts; the README prints them. */
    public static final String STAFF_USER = "staff";
    public static final String STAFF_PASSWORD = "medsec-staff";
    public static final String OFFICER_USER = "officer";
    public static final String OFFICER_PASSWORD = "medsec-officer";
    public static final String HOLDER_USER = "holder";
    public static final String HOLDER_PASSWORD = "medsec-holder";

    private static final Logger LOG = Logger.getLogger(DemoDataGenerator.class.getName());
    private static final int BATCH = 500;

    private final DataSource dataSource;
    private final LocalDate today;
    private final Random random;

    public DemoDataGenerator(DataSource dataSource, LocalDate today, long seed) {
        this.dataSource = dataSource;
        this.today = today;
        this.random = new Random(seed);
    }

    /** True when no institution exists yet: demo data goes only into an empty registry. */
    public boolean registryIsEmpty() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM institution")) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    public Result generate(Size size) throws SQLException {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            List<InstitutionRow> institutions = institutions(size.institutions());
            insertInstitutions(c, institutions);
            List<HolderRow> holders = holders(size.holders(), institutions);
            insertHolders(c, holders);
            Map<CertificationType, Integer> byType = new EnumMap<>(CertificationType.class);
            Map<CertificationStatus, Integer> byStatus = new EnumMap<>(CertificationStatus.class);
            insertCertifications(c, holders, byType, byStatus);
            insertPoints(c, holders);
            insertAccounts(c, institutions, holders);
            recordInitialHistory(c);
            insertOrganisationsAndAudits(c, institutions, holders);
            List<Integer> withoutLeading = new ArrayList<>();
            for (int code = 1; code <= 47; code++) {
                final int p = code;
                if (institutions.stream().noneMatch(i -> i.prefecture == p && i.tier == InstitutionTier.LEADING)) {
                    withoutLeading.add(code);
                }
            }
            Result result = new Result(institutions.size(), holders.size(), byType, byStatus, withoutLeading);
            LOG.info(() -> String.format("Demo data: %d institutions, %d holders, certifications %s, statuses %s, "
                            + "prefectures without a LEADING hospital %s, in %d ms", result.institutions(), result.holders(),
                    byType, byStatus, withoutLeading, (System.nanoTime() - started) / 1_000_000));
            return result;
        }
    }

    // ---------------------------------------------------------------- institutions

    private static final class InstitutionRow {
        long id;
        String name;
        int prefecture;
        String municipality;
        int beds;
        InstitutionKind kind;
        String corporateGroup;
        InstitutionTier tier;
        boolean regionallyCritical;
        boolean onPremises = true;
    }

    private List<InstitutionRow> institutions(int total) {
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
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).id = i + 1;
        }
        return rows;
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

    private void insertInstitutions(Connection c, List<InstitutionRow> rows) throws SQLException {
        String sql = "INSERT INTO institution (id, name, prefecture_code, municipality, beds, kind, corporate_group, tier, "
                + "regionally_critical, on_premises_systems, institution_code) VALUES (?,?,?,?,?,?,?,?,?,?,?)";
        int[] serials = new int[48];
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (InstitutionRow r : rows) {
                // A code of the institution's prefecture, numbered in registration order (no random draw: the rest of
                // the data stays as it was).
                int serial = ++serials[r.prefecture];
                ps.setString(11, jp.medsec.institution.InstitutionCode.of(r.prefecture, 1 + serial / 10_000, serial % 10_000)
                        .value());
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
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    // ---------------------------------------------------------------- holders and certifications

    private static final class HolderRow {
        long id;
        NamePools.Name family;
        NamePools.Name given;
        LocalDate birthDate;
        int prefecture;
        Long institutionId;
        boolean directoryConsent;
        final List<CertRow> certifications = new ArrayList<>();
    }

    private record CertRow(CertificationType type, CertificateNumber number, LocalDate firstCertified,
                           CertificationCycle cycle, CertificationStatus status, String reason) {
    }

    private List<HolderRow> holders(int total, List<InstitutionRow> institutions) {
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

            // The first holder (the demo holder account) holds HIT and Senior HIT, both current.
            boolean demoHolder = i == 0;
            int hitPass = demoHolder ? 2012 : 2003 + random.nextInt(Math.max(1, today.getYear() - 2003));
            CertRow hit = h.id >= 2 && h.id <= 2 + FORCED.size() - 1
                    ? forced(FORCED.get((int) h.id - 2), ++serials[0])
                    : certification(CertificationType.HIT, ++serials[0], hitPass, demoHolder);
            h.certifications.add(hit);
            if (h.id >= 2 && h.id <= 2 + FORCED.size() - 1) {
                rows.add(h);
                continue;
            }
            if (hit.status().isCurrent()) {
                int seniorFrom = Math.max(2009, hitPass + 3);
                if ((demoHolder || random.nextInt(100) < 14) && seniorFrom < today.getYear()) {
                    int pass = demoHolder ? 2018 : seniorFrom + random.nextInt(today.getYear() - seniorFrom);
                    h.certifications.add(certification(CertificationType.SENIOR_HIT, ++serials[1], pass, demoHolder));
                }
                int miisFrom = Math.max(2010, hitPass + 1);
                if (!demoHolder && random.nextInt(100) < 9 && miisFrom < today.getYear()) {
                    int pass = miisFrom + random.nextInt(today.getYear() - miisFrom);
                    h.certifications.add(certification(CertificationType.MIIS, ++serials[2], pass, false));
                }
            }
            rows.add(h);
        }
        return rows;
    }

    /**
     * Holders 2–6 hold HIT-00000002 … HIT-00000006 in each status (the README lists them), whatever day the data is
     * generated on; RENEWAL_DUE only exists while a renewal window is open (1 November – 31 March), else it is ACTIVE.
     */
    private static final List<CertificationStatus> FORCED = List.of(CertificationStatus.ACTIVE,
            CertificationStatus.RENEWAL_DUE, CertificationStatus.EXPIRED, CertificationStatus.DEFERRED,
            CertificationStatus.REVOKED);

    private CertRow forced(CertificationStatus status, long serial) {
        LocalDate fiscalYearEnd = LocalDate.of(CertificationCycle.fiscalYearOf(today) + 1, 3, 31);
        CertificationCycle endingThisYear = new CertificationCycle(fiscalYearEnd.minusYears(5).plusDays(1), fiscalYearEnd);
        CertificationCycle fresh = CertificationCycle.firstAfterPassing(today.getMonthValue() >= 11 ? today.getYear()
                : today.getYear() - 1);
        return switch (status) {
            case ACTIVE -> row(serial, fresh, CertificationStatus.ACTIVE, null);
            case RENEWAL_DUE -> row(serial, endingThisYear, endingThisYear.isInRenewalWindow(today)
                    ? CertificationStatus.RENEWAL_DUE : CertificationStatus.ACTIVE, null);
            case EXPIRED -> {
                CertificationCycle ended = new CertificationCycle(endingThisYear.start().minusYears(1), fiscalYearEnd.minusYears(1));
                yield row(serial, ended, CertificationStatus.EXPIRED, "期間満了（更新なし）");
            }
            case DEFERRED -> row(serial, new CertificationCycle(endingThisYear.start(), fiscalYearEnd.plusYears(1)),
                    CertificationStatus.DEFERRED, "保留（育児休業）");
            case REVOKED -> row(serial, fresh, CertificationStatus.REVOKED, "更新書類の虚偽記載が判明したため");
        };
    }

    private static CertRow row(long serial, CertificationCycle cycle, CertificationStatus status, String reason) {
        return new CertRow(CertificationType.HIT, CertificateNumber.of(CertificationType.HIT, serial), cycle.start(), cycle,
                status, reason);
    }

    /** A certification passed in the given year, renewed (or not) cycle by cycle up to today. */
    private CertRow certification(CertificationType type, long serial, int passYear, boolean alwaysRenewed) {
        CertificationCycle cycle = CertificationCycle.firstAfterPassing(passYear);
        LocalDate first = cycle.start();
        while (cycle.isOver(today) && (alwaysRenewed || random.nextInt(100) < 82)) {
            cycle = cycle.next();
        }
        CertificationStatus status;
        String reason = null;
        if (cycle.isOver(today)) {
            status = CertificationStatus.EXPIRED;
        } else if (cycle.isInRenewalWindow(today)) {
            status = CertificationStatus.RENEWAL_DUE;
        } else {
            status = CertificationStatus.ACTIVE;
        }
        if (!alwaysRenewed && status.isCurrent()) {
            int roll = random.nextInt(1000);
            if (roll < 12) {
                status = CertificationStatus.DEFERRED;
                reason = List.of("育児休業のため", "産前産後休業のため", "病気療養のため").get(random.nextInt(3));
            } else if (roll < 15) {
                status = CertificationStatus.REVOKED;
                reason = "更新書類の虚偽記載が判明したため";
            }
        }
        return new CertRow(type, CertificateNumber.of(type, serial), first, cycle, status, reason);
    }

    private void insertHolders(Connection c, List<HolderRow> rows) throws SQLException {
        String sql = "INSERT INTO holder (id, family_name, given_name, family_name_kana, given_name_kana, birth_date, "
                + "email, prefecture_code, institution_id, directory_consent) VALUES (?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (HolderRow h : rows) {
                ps.setLong(1, h.id);
                ps.setString(2, h.family.kanji());
                ps.setString(3, h.given.kanji());
                ps.setString(4, h.family.kana());
                ps.setString(5, h.given.kana());
                ps.setDate(6, Date.valueOf(h.birthDate));
                ps.setString(7, String.format("holder%06d@example.jp", h.id));
                ps.setInt(8, h.prefecture);
                if (h.institutionId == null) {
                    ps.setNull(9, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(9, h.institutionId);
                }
                ps.setBoolean(10, h.directoryConsent);
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private void insertCertifications(Connection c, List<HolderRow> holders, Map<CertificationType, Integer> byType,
                                      Map<CertificationStatus, Integer> byStatus) throws SQLException {
        String sql = "INSERT INTO certification (holder_id, type, certificate_number, status, first_certified_on, "
                + "valid_from, valid_until, status_reason) VALUES (?,?,?,?,?,?,?,?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (HolderRow h : holders) {
                for (CertRow r : h.certifications) {
                    ps.setLong(1, h.id);
                    ps.setString(2, r.type().name());
                    ps.setString(3, r.number().value());
                    ps.setString(4, r.status().name());
                    ps.setDate(5, Date.valueOf(r.firstCertified()));
                    ps.setDate(6, Date.valueOf(r.cycle().start()));
                    ps.setDate(7, Date.valueOf(r.cycle().end()));
                    ps.setString(8, r.reason());
                    ps.addBatch();
                    byType.merge(r.type(), 1, Integer::sum);
                    byStatus.merge(r.status(), 1, Integer::sum);
                    if (++n % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
            }
            ps.executeBatch();
        }
    }

    // ---------------------------------------------------------------- points

    private static final String[] EVENTS = {"医療情報学連合大会 参加", "日本医療情報学会 春季学術大会 参加", "医療情報技師 地方研修会 参加",
            "医療情報セキュリティ研修会 参加", "医用画像情報セミナー 参加", "医療情報標準化セミナー 参加"};
    private static final int[] EVENT_POINTS = {7, 5, 3, 3, 3, 2};

    /**
     * A plausible history of points for every current certification's cycle up to today: events, JAMI membership, now
     * and then committee work or lecturing, and (for most) the seminar. The demo holder is short of points and has
     * not attended the seminar, so that their transcript shows what is missing.
     */
    private void insertPoints(Connection c, List<HolderRow> holders) throws SQLException {
        String sql = "INSERT INTO point_entry (holder_id, category, points, earned_on, counts_as_seminar, source, description, "
                + "recorded_by, recorded_at) VALUES (?,?,?,?,?,'STAFF',?, 'demo-data', ?)";
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (HolderRow h : holders) {
                LocalDate from = h.certifications.stream().filter(r -> r.status().isCurrent())
                        .map(r -> r.cycle().start()).min(LocalDate::compareTo).orElse(null);
                if (from == null) {
                    continue;
                }
                boolean demoHolder = h.id == 1;
                boolean member = !demoHolder && random.nextInt(100) < 45;
                boolean seminar = !demoHolder && random.nextInt(100) < 80;
                int budget = demoHolder ? 38 : Integer.MAX_VALUE;
                for (LocalDate day = from.plusDays(20 + random.nextInt(60)); day.isBefore(today);
                     day = day.plusDays(60 + random.nextInt(150))) {
                    int e = random.nextInt(EVENTS.length);
                    int points = Math.min(EVENT_POINTS[e], budget);
                    if (points <= 0) {
                        break;
                    }
                    budget -= points;
                    n += point(ps, h.id, "EVENT", points, day, false, EVENTS[e], now);
                }
                if (member) {
                    for (int fy = CertificationCycle.fiscalYearOf(from); fy <= CertificationCycle.fiscalYearOf(today); fy++) {
                        LocalDate day = LocalDate.of(fy, 5, 1);
                        if (!day.isBefore(from) && day.isBefore(today)) {
                            n += point(ps, h.id, "JAMI_MEMBERSHIP", 2, day, false, fy + "年度 日本医療情報学会 会員", now);
                        }
                    }
                }
                if (seminar) {
                    LocalDate day = from.plusDays(90 + random.nextInt(700));
                    if (day.isBefore(today)) {
                        n += point(ps, h.id, "EVENT", 3, day, true, "医療情報技師 生涯研修セミナー 受講", now);
                    }
                }
                if (!demoHolder && random.nextInt(100) < 6) {
                    LocalDate day = from.plusDays(200);
                    if (day.isBefore(today)) {
                        n += point(ps, h.id, "LECTURING", 5, day, false, "医療情報技師 地方研修会 講師", now);
                    }
                }
                if (n >= BATCH) {
                    ps.executeBatch();
                    n = 0;
                }
            }
            ps.executeBatch();
        }
    }

    private static int point(PreparedStatement ps, long holderId, String category, int points, LocalDate day, boolean seminar,
                             String description, java.sql.Timestamp now) throws SQLException {
        ps.setLong(1, holderId);
        ps.setString(2, category);
        ps.setInt(3, points);
        ps.setDate(4, Date.valueOf(day));
        ps.setBoolean(5, seminar);
        ps.setString(6, description);
        ps.setTimestamp(7, now);
        ps.addBatch();
        return 1;
    }

    // ---------------------------------------------------------------- accounts and history

    private void insertAccounts(Connection c, List<InstitutionRow> institutions, List<HolderRow> holders) throws SQLException {
        InstitutionRow officerHospital = institutions.stream()
                .filter(i -> i.prefecture == 13 && i.tier == InstitutionTier.LEADING).findFirst()
                .orElse(institutions.get(0));
        HolderRow demoHolder = holders.get(0);
        String sql = "INSERT INTO user_account (username, password_hash, role, display_name, holder_id, institution_id) "
                + "VALUES (?,?,?,?,?,?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            account(ps, STAFF_USER, STAFF_PASSWORD, Role.STAFF, "事務局 担当者", null, null);
            account(ps, OFFICER_USER, OFFICER_PASSWORD, Role.INSTITUTION_OFFICER, officerHospital.name + " 情報セキュリティ責任者",
                    null, officerHospital.id);
            account(ps, HOLDER_USER, HOLDER_PASSWORD, Role.HOLDER, demoHolder.family.kanji() + " " + demoHolder.given.kanji(),
                    demoHolder.id, null);
            ps.executeBatch();
        }
    }

    private static void account(PreparedStatement ps, String user, String password, Role role, String displayName,
                                Long holderId, Long institutionId) throws SQLException {
        ps.setString(1, user);
        ps.setString(2, PasswordHashes.hash(password.toCharArray()));
        ps.setString(3, role.name());
        ps.setString(4, displayName);
        ps.setObject(5, holderId, java.sql.Types.BIGINT);
        ps.setObject(6, institutionId, java.sql.Types.BIGINT);
        ps.addBatch();
    }

    /** One revision "demo-data" so that every generated record has a first entry in its history. */
    private static void recordInitialHistory(Connection c) throws SQLException {
        long rev;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO revinfo (changed_at, changed_by) VALUES (?, 'demo-data')",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, System.currentTimeMillis());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                rev = keys.getLong(1);
            }
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO institution_aud (id, rev, revtype, name, name_kana, prefecture_code, municipality, "
                    + "beds, kind, corporate_group, tier, regionally_critical, on_premises_systems, institution_code) SELECT id, " + rev
                    + ", 0, name, name_kana, prefecture_code, municipality, beds, kind, corporate_group, tier, "
                    + "regionally_critical, on_premises_systems, institution_code FROM institution");
            s.executeUpdate("INSERT INTO holder_aud (id, rev, revtype, family_name, given_name, family_name_kana, "
                    + "given_name_kana, birth_date, email, prefecture_code, institution_id, directory_consent) SELECT id, "
                    + rev + ", 0, family_name, given_name, family_name_kana, given_name_kana, birth_date, email, "
                    + "prefecture_code, institution_id, directory_consent FROM holder");
            s.executeUpdate("INSERT INTO point_entry_aud (id, rev, revtype, holder_id, category, points, earned_on, "
                    + "counts_as_seminar, source, event_id, claim_id, description, recorded_by, recorded_at) SELECT id, " + rev
                    + ", 0, holder_id, category, points, earned_on, counts_as_seminar, source, event_id, claim_id, "
                    + "description, recorded_by, recorded_at FROM point_entry");
            s.executeUpdate("INSERT INTO certification_aud (id, rev, revtype, holder_id, type, certificate_number, status, "
                    + "first_certified_on, valid_from, valid_until, status_reason) SELECT id, " + rev + ", 0, holder_id, "
                    + "type, certificate_number, status, first_certified_on, valid_from, valid_until, status_reason "
                    + "FROM certification");
        }
    }

    // ---------------------------------------------------------------- security organisations and audits

    /**
     * Security organisations (departments, committees, a CISO from the hospital's own registry people with their
     * stored group) and staff audits with findings in every state, some overdue: what the dashboards and the audit
     * pages show on the first day. Holders 1–6 are left alone (they are the demo and test people).
     */
    private void insertOrganisationsAndAudits(Connection c, List<InstitutionRow> institutions, List<HolderRow> holders)
            throws SQLException {
        // Each tier's catalogue in force on the demo's day: the one that took effect last, on or before it (as
        // Catalogue.currentOf chooses in the application).
        Map<InstitutionTier, Long> catalogues = new EnumMap<>(InstitutionTier.class);
        try (PreparedStatement s = c.prepareStatement("SELECT c.tier, c.id FROM catalogue c WHERE c.framework = 'TIER' "
                + "AND c.effective_from <= ? ORDER BY c.effective_from, c.code")) {
            s.setObject(1, today);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    catalogues.put(InstitutionTier.valueOf(rs.getString(1)), rs.getLong(2)); // the later one wins
                }
            }
        }
        Map<InstitutionTier, List<Long>> requirements = new EnumMap<>(InstitutionTier.class);
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM catalogue_item WHERE catalogue_id = ? ORDER BY sort_order")) {
            for (Map.Entry<InstitutionTier, Long> catalogue : catalogues.entrySet()) {
                s.setLong(1, catalogue.getValue());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        requirements.computeIfAbsent(catalogue.getKey(), k -> new ArrayList<>()).add(rs.getLong(1));
                    }
                }
            }
        }
        Map<Long, List<HolderRow>> staffOf = new java.util.HashMap<>();
        for (HolderRow h : holders) {
            if (h.institutionId != null && h.id > 6) {
                staffOf.computeIfAbsent(h.institutionId, k -> new ArrayList<>()).add(h);
            }
        }
        InstitutionRow officerHospital = institutions.stream()
                .filter(i -> i.prefecture == 13 && i.tier == InstitutionTier.LEADING).findFirst().orElse(institutions.get(0));
        try (PreparedStatement org = c.prepareStatement("UPDATE institution SET is_department = ?, security_committee = ? WHERE id = ?");
             PreparedStatement profile = c.prepareStatement("INSERT INTO personnel_profile (holder_id, sennin_years, "
                     + "guideline_understood, computed_group, computed_at) VALUES (?, ?, TRUE, ?, NOW(6))");
             PreparedStatement declared = c.prepareStatement("INSERT INTO personnel_qualification (holder_id, qualification) VALUES (?, 'IPA_RISS')");
             // the demo CISO works at the hospital (their holder row says so): their placement stands as confirmed
             PreparedStatement role = c.prepareStatement("INSERT INTO security_role (institution_id, role, holder_id, duty, consent) VALUES (?, 'CISO', ?, ?, 'CONFIRMED')");
             PreparedStatement audit = c.prepareStatement("INSERT INTO audit (institution_id, catalogue_id, kind, title, started_by, "
                     + "started_at, completed_at) VALUES (?, ?, ?, ?, 'demo-data', ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement item = c.prepareStatement("INSERT INTO audit_item (audit_id, catalogue_item_id, status, note, "
                     + "effective_date, answered_by, answered_at) VALUES (?, ?, ?, ?, ?, 'demo-data', ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement finding = c.prepareStatement("INSERT INTO finding (audit_id, audit_item_id, severity, owner, due_date, "
                     + "state, remediation, opened_at, resolved_at, verified_at, verified_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (InstitutionRow i : institutions) {
                boolean leading = i.tier == InstitutionTier.LEADING;
                boolean self = i.tier == InstitutionTier.SELF_DEFENDING;
                org.setBoolean(1, leading || (self && random.nextInt(100) < 80));
                org.setBoolean(2, leading || (self && random.nextInt(100) < 60));
                org.setLong(3, i.id);
                org.addBatch();
                List<HolderRow> people = staffOf.getOrDefault(i.id, List.of());
                HolderRow ciso = people.stream().filter(h -> holds(h, CertificationType.SENIOR_HIT)).findFirst()
                        .orElse(people.stream().filter(h -> holds(h, CertificationType.HIT)).findFirst().orElse(null));
                if (ciso != null && (leading || self)) {
                    boolean riss = leading && random.nextInt(100) < 60;
                    java.util.Set<jp.medsec.personnel.Qualification> quals = java.util.EnumSet.noneOf(jp.medsec.personnel.Qualification.class);
                    ciso.certifications.stream().filter(cr -> cr.status().isCurrent())
                            .forEach(cr -> quals.add(jp.medsec.personnel.Qualification.valueOf(cr.type().name())));
                    if (riss) {
                        quals.add(jp.medsec.personnel.Qualification.IPA_RISS);
                    }
                    jp.medsec.personnel.Group group = jp.medsec.personnel.GroupClassifier.classify(new jp.medsec.personnel.PersonnelFacts(
                            quals, Map.of(jp.medsec.personnel.ManagementMode.SENNIN, 4.0), null, false, java.util.Set.of(), false, true)).group();
                    profile.setLong(1, ciso.id);
                    profile.setDouble(2, 4.0);
                    profile.setString(3, group == null ? null : group.name());
                    profile.executeUpdate();
                    if (riss) {
                        declared.setLong(1, ciso.id);
                        declared.executeUpdate();
                    }
                    role.setLong(1, i.id);
                    role.setLong(2, ciso.id);
                    role.setString(3, leading ? "SENJU" : "SENNIN");
                    role.executeUpdate();
                }
                boolean audited = i == officerHospital || (leading || self ? n % 3 == 0 : n % 9 == 0);
                n++;
                if (!audited) {
                    continue;
                }
                LocalDate started = today.minusDays(20 + random.nextInt(220));
                boolean self_assessment = i == officerHospital;
                audit.setLong(1, i.id);
                audit.setLong(2, catalogues.get(i.tier));
                audit.setString(3, self_assessment ? "SELF_ASSESSMENT" : "STAFF_AUDIT");
                audit.setString(4, (self_assessment ? "自己評価 " : "事務局監査 ") + started);
                audit.setObject(5, started.atTime(10, 0));
                audit.setObject(6, started.plusDays(7).atTime(17, 0));
                audit.executeUpdate();
                long auditId;
                try (ResultSet keys = audit.getGeneratedKeys()) {
                    keys.next();
                    auditId = keys.getLong(1);
                }
                for (Long requirement : requirements.get(i.tier)) {
                    int roll = random.nextInt(100);
                    String status = roll < 74 ? "MET" : roll < 87 ? "PARTIAL" : "NOT_MET";
                    item.setLong(1, auditId);
                    item.setLong(2, requirement);
                    item.setString(3, status);
                    item.setString(4, status.equals("MET") ? null : "監査で確認");
                    item.setObject(5, started);
                    item.setObject(6, started.plusDays(3).atTime(15, 0));
                    item.executeUpdate();
                    if (status.equals("MET")) {
                        continue;
                    }
                    long itemId;
                    try (ResultSet keys = item.getGeneratedKeys()) {
                        keys.next();
                        itemId = keys.getLong(1);
                    }
                    int stateRoll = random.nextInt(100);
                    String state = stateRoll < 35 ? "OPEN" : stateRoll < 60 ? "IN_PROGRESS" : stateRoll < 80 ? "RESOLVED" : "VERIFIED";
                    LocalDate opened = started.plusDays(3);
                    finding.setLong(1, auditId);
                    finding.setLong(2, itemId);
                    finding.setString(3, status.equals("NOT_MET") ? "HIGH" : "MEDIUM");
                    finding.setString(4, ciso == null ? "医療情報システム安全管理責任者" : ciso.family.kanji() + " " + ciso.given.kanji());
                    finding.setObject(5, opened.plusMonths(3));
                    finding.setString(6, state);
                    finding.setString(7, state.equals("OPEN") ? null : "是正計画を作成し対応中");
                    finding.setObject(8, opened.atTime(9, 0));
                    boolean resolved = state.equals("RESOLVED") || state.equals("VERIFIED");
                    finding.setObject(9, resolved ? opened.plusDays(30).atTime(9, 0) : null);
                    finding.setObject(10, state.equals("VERIFIED") ? opened.plusDays(40).atTime(9, 0) : null);
                    finding.setString(11, state.equals("VERIFIED") ? STAFF_USER : null);
                    finding.executeUpdate();
                }
            }
            org.executeBatch();
        }
    }

    private static boolean holds(HolderRow h, CertificationType type) {
        return h.certifications.stream().anyMatch(cr -> cr.type() == type && cr.status().isCurrent());
    }
}
