package jp.medsec.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jp.medsec.training.NationalTraining;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The national view of the training compliance against MariaDB: each institution counts once, with its latest figures
 * of the year; the nation, the tiers and the prefectures add up; the list below a rate and the list of those that sent
 * nothing are paged in the database, lowest rate first; officers are refused. A fiscal year of its own (2090), so
 * nothing else the suite computes is counted.
 */
@ExtendWith(ArquillianExtension.class)
class NationalTrainingIT {

    private static final int YEAR = 2090;

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("national-training-it", NationalTrainingIT.class, AsStaff.class, AsOfficer.class,
                Fixtures.class, TestDatabase.class);
    }

    @EJB
    private NationalTraining national;

    @EJB
    private AsStaff asStaff;

    @EJB
    private AsOfficer asOfficer;

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    private long insert(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (var keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private void figures(long run, long institution, String tier, int inScope, int trained, String at) throws Exception {
        insert("INSERT INTO training_compliance (run_id, institution_id, fiscal_year, as_of, tier, in_scope, trained, "
                + "computed_at) VALUES (" + run + ", " + institution + ", " + YEAR + ", '2090-10-01', '" + tier + "', "
                + inScope + ", " + trained + ", '" + at + "')");
    }

    @Test
    void eachInstitutionCountsOnceWithItsLatestFiguresAndTheListsArePaged() throws Exception {
        long all = Fixtures.institution("全員受講病院").prefecture(31).tier("LEADING").insert(dataSource);
        long half = Fixtures.institution("半分受講病院").prefecture(31).tier("SELF_DEFENDING").insert(dataSource);
        long noRoster = Fixtures.institution("名簿なし病院").prefecture(32).tier("ASSISTED").insert(dataSource);
        long noneTrained = Fixtures.institution("受講なし病院").prefecture(32).tier("ASSISTED").insert(dataSource);
        long earlier = insert("INSERT INTO training_compliance_run (job_instance_id, fiscal_year, as_of, started_at, "
                + "finished_at) VALUES (-" + System.nanoTime() % 1_000_000_000 + ", " + YEAR + ", '2090-09-01', "
                + "'2090-09-01 01:30', '2090-09-01 01:40')");
        long later = insert("INSERT INTO training_compliance_run (job_instance_id, fiscal_year, as_of, started_at, "
                + "finished_at) VALUES (-" + (System.nanoTime() % 1_000_000_000 + 1) + ", " + YEAR + ", '2090-10-01', "
                + "'2090-10-01 01:30', '2090-10-01 01:40')");
        figures(earlier, half, "SELF_DEFENDING", 10, 1, "2090-09-01 01:35");
        figures(later, all, "LEADING", 40, 40, "2090-10-01 01:35");
        figures(later, half, "SELF_DEFENDING", 10, 5, "2090-10-01 01:35");
        figures(later, noRoster, "ASSISTED", 0, 0, "2090-10-01 01:35");
        figures(later, noneTrained, "ASSISTED", 8, 0, "2090-10-01 01:35");

        NationalTraining.Overview overview = asStaff.call(() -> national.overview(YEAR));
        NationalTraining.Area nation = overview.nation();
        assertEquals(4, nation.institutions(), "each institution once, whatever runs it had");
        assertEquals(58, nation.inScope());
        assertEquals(45, nation.trained(), "the half-trained hospital counts with its later run (5, not 1)");
        assertEquals(1, nation.allTrained());
        assertEquals(1, nation.noRoster());
        assertEquals(1, nation.noneTrained());
        assertEquals(java.time.LocalDate.of(2090, 10, 1), overview.asOf());
        NationalTraining.Area shimane = overview.prefectures().stream().filter(a -> a.key().equals("32")).findFirst()
                .orElseThrow();
        assertEquals("島根県", shimane.nameJa());
        assertEquals(2, shimane.sentNothing());
        assertEquals(0, shimane.rate().signum());
        assertEquals(3, overview.tiers().size());
        assertEquals(new BigDecimal("0.5"), overview.tiers().stream().filter(a -> a.key().equals("SELF_DEFENDING"))
                .findFirst().orElseThrow().rate().stripTrailingZeros());

        BigDecimal eighty = new BigDecimal("0.80");
        assertEquals(2, asStaff.call(() -> national.count(YEAR, NationalTraining.Filter.BELOW, eighty)),
                "half and none trained; the hospital without a roster has no rate");
        List<NationalTraining.Line> below = asStaff.call(() -> national.institutions(YEAR, NationalTraining.Filter.BELOW,
                eighty, 0, 20));
        assertEquals(List.of(noneTrained, half), below.stream().map(NationalTraining.Line::institutionId).toList(),
                "the lowest rate first");
        assertEquals(List.of(half), asStaff.call(() -> national.institutions(YEAR, NationalTraining.Filter.BELOW, eighty,
                1, 1)).stream().map(NationalTraining.Line::institutionId).toList(), "the second page of one");
        assertEquals(1, asStaff.call(() -> national.count(YEAR, NationalTraining.Filter.BELOW, new BigDecimal("0.5"))),
                "exactly 50% is not below 50%");
        List<Long> nothing = asStaff.call(() -> national.institutions(YEAR, NationalTraining.Filter.SENT_NOTHING, eighty,
                0, 20)).stream().map(NationalTraining.Line::institutionId).toList();
        assertTrue(nothing.size() == 2 && nothing.containsAll(List.of(noRoster, noneTrained)), nothing.toString());
        assertThrows(IllegalArgumentException.class, () -> asStaff.call(() -> national.count(YEAR,
                NationalTraining.Filter.BELOW, new BigDecimal("1.5"))));
        assertTrue(asStaff.call(() -> national.years()).contains(YEAR));

        String officer = Fixtures.officer(dataSource, all);
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> asOfficer.call(officer, () -> national.overview(YEAR)),
                "an officer does not read the nation's figures");
    }
}
