package jp.medsec.demo;

import jp.medsec.certification.CertificationStatus;
import jp.medsec.certification.CertificationType;
import jp.medsec.institution.InstitutionTier;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

/**
 * Builds a fictional but plausible Japan: institutions in all 47 prefectures across the three tiers, and holders of
 * HIT, Senior HIT and MIIS with Japanese names, their cycles and statuses as of a given day, plus one sign-in account
 * per role. The same seed gives the same data: one random sequence, drawn subject after subject in a fixed order
 * (institutions, holders and their certifications, points, organisations and audits). Rows go in by JDBC batches
 * ({@link JdbcBatches}), so the same code builds the Japan-scale benchmark data set ({@link Size#JAPAN}).
 */
public final class DemoDataGenerator {

    /**
     * How much to generate.
     *
     * @param staff   how many hospital staff on the rosters in all (0: the demo's few rosters, see DemoTraining)
     * @param leading how many LEADING hospitals at the least (0: as the prefectures' university hospitals and centres
     *                give them); more are made by promoting the largest SELF_DEFENDING hospitals, as the mutual-check
     *                benchmarks need 200 or 500 of them
     */
    public record Size(int institutions, int holders, int leading, int staff) {
        public static final Size DEMO = new Size(300, 2000);
        public static final Size JAPAN = new Size(8300, 25000);

        public Size(int institutions, int holders) {
            this(institutions, holders, 0, 0);
        }

        public Size(int institutions, int holders, int leading) {
            this(institutions, holders, leading, 0);
        }

        public Size {
            if (staff < 0) {
                throw new IllegalArgumentException("staff: 0 or more, was " + staff);
            }
            if (leading < 0 || leading > institutions) {
                throw new IllegalArgumentException("leading: between 0 and the institutions, was " + leading);
            }
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
    /** An officer of a SELF_DEFENDING hospital in Tokyo: the guest side of the demo officer's meetings. */
    public static final String GUEST_OFFICER_USER = "officer2";
    public static final String GUEST_OFFICER_PASSWORD = "medsec-officer2";

    private static final Logger LOG = Logger.getLogger(DemoDataGenerator.class.getName());

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

    /** Generates into the data source's registry; all on one connection (one transaction where the caller has one). */
    public Result generate(Size size) throws SQLException {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            List<InstitutionRow> institutions = new DemoInstitutions(random).build(size.institutions(), size.leading());
            DemoInstitutions.insert(c, institutions);
            List<HolderRow> holders = new DemoHolders(random, today).build(size.holders(), institutions);
            DemoHolders.insert(c, holders);
            Map<CertificationType, Integer> byType = new EnumMap<>(CertificationType.class);
            Map<CertificationStatus, Integer> byStatus = new EnumMap<>(CertificationStatus.class);
            DemoCertifications.insert(c, holders, byType, byStatus);
            new DemoPoints(random, today).insert(c, holders);
            new DemoEvents(today).insert(c, holders.get(0).id);
            DemoAccounts.insert(c, institutions, holders);
            DemoHistory.record(c);
            new DemoOrganisations(random, today).insert(c, institutions, holders);
            new DemoPeerChecks(today).insert(c);
            new DemoSecurityChecks(today).insert(c);
            new DemoMeetings(today).insert(c);
            new DemoOnsite(today).insert(c);
            new DemoAdvisories(today).insert(c);
            new DemoIncidents(today).insert(c);
            new DemoCheckAudits(today).insert(c);
            long[] training = new DemoTraining(today, size.staff()).insert(c, institutions);
            LOG.info(() -> String.format("Demo data: %d staff on the rosters, %d training records", training[0],
                    training[1]));
            Result result = new Result(institutions.size(), holders.size(), byType, byStatus,
                    prefecturesWithoutLeading(institutions));
            LOG.info(() -> String.format("Demo data: %d institutions, %d holders, certifications %s, statuses %s, "
                            + "prefectures without a LEADING hospital %s, in %d ms", result.institutions(), result.holders(),
                    byType, byStatus, result.prefecturesWithoutLeading(), (System.nanoTime() - started) / 1_000_000));
            return result;
        }
    }

    private static List<Integer> prefecturesWithoutLeading(List<InstitutionRow> institutions) {
        List<Integer> withoutLeading = new ArrayList<>();
        for (int code = 1; code <= 47; code++) {
            final int p = code;
            if (institutions.stream().noneMatch(i -> i.prefecture == p && i.tier == InstitutionTier.LEADING)) {
                withoutLeading.add(code);
            }
        }
        return withoutLeading;
    }
}
