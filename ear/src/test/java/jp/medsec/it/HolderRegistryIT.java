package jp.medsec.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jp.medsec.certification.CertificationStatus;
import jp.medsec.certification.CertificationType;
import jp.medsec.certification.HolderDetail;
import jp.medsec.certification.HolderRegistry;
import jp.medsec.certification.HolderSearch;
import jp.medsec.certification.HolderSummary;
import jp.medsec.certification.points.CertificationTranscript;
import jp.medsec.dashboard.DashboardFigures;
import jp.medsec.dashboard.StaffDashboard;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The holder search, holder page and dashboard against the real MariaDB tables, compared with plain SQL. */
@ExtendWith(ArquillianExtension.class)
class HolderRegistryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("holder-registry-it", HolderRegistryIT.class, AsStaff.class, Fixtures.class, TestDatabase.class);
    }

    @EJB
    private HolderRegistry registry;

    @EJB
    private StaffDashboard dashboard;

    @EJB
    private AsStaff asStaff;

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    @Test
    void runsOnMariaDbWithTheMigratedSchema() throws SQLException {
        assertTrue(scalar("SELECT version()").toLowerCase().contains("mariadb"), "the database must be MariaDB");
        assertEquals("1", scalar("SELECT version FROM flyway_schema_history WHERE script = 'V1__foundation.sql' AND success = 1"));
        assertEquals("47", scalar("SELECT COUNT(*) FROM prefecture"));
    }

    @Test
    void searchingByKanaInHiraganaFindsTheHolder() throws Exception {
        Fixtures.Holder holder = Fixtures.hitHolder(dataSource);
        String[] row = {String.valueOf(holder.id()), holder.familyNameKana(), holder.givenNameKana()};
        String hiragana = toHiragana(row[1] + row[2]);
        List<HolderSummary> found = asStaff.call(() -> registry.search(new HolderSearch(hiragana, null, null, null),
                HolderSearch.Sort.KANA, true, 0, 500));
        assertTrue(found.stream().anyMatch(h -> h.id() == Long.parseLong(row[0])), "holder " + row[0] + " found by " + hiragana);
        long expected = Long.parseLong(scalar("SELECT COUNT(*) FROM holder WHERE CONCAT(family_name_kana, given_name_kana) LIKE '%"
                + row[1] + row[2] + "%'"));
        assertEquals(expected, (long) asStaff.call(() -> registry.count(new HolderSearch(hiragana, null, null, null))));
    }

    @Test
    void searchingByCertificateNumberFindsExactlyItsHolder() throws Exception {
        String[] row = firstRow("SELECT holder_id, certificate_number FROM certification WHERE type = 'MIIS' ORDER BY id LIMIT 1");
        List<HolderSummary> found = asStaff.call(() -> registry.search(new HolderSearch(row[1].toLowerCase(), null, null, null),
                HolderSearch.Sort.KANA, true, 0, 20));
        assertEquals(1, found.size());
        assertEquals(Long.parseLong(row[0]), found.get(0).id());
        assertTrue(found.get(0).certifications().stream().anyMatch(c -> c.certificateNumber().equals(row[1])));
    }

    @Test
    void filtersByTypeStatusAndPrefectureCountLikeSql() throws Exception {
        long expected = Long.parseLong(scalar("SELECT COUNT(DISTINCT h.id) FROM holder h JOIN certification c ON c.holder_id = h.id "
                + "WHERE c.type = 'HIT' AND c.status = 'EXPIRED' AND h.prefecture_code = 13"));
        long counted = asStaff.call(() -> registry.count(
                new HolderSearch(null, CertificationType.HIT, CertificationStatus.EXPIRED, 13)));
        assertEquals(expected, counted);
        assertTrue(counted > 0, "demo data has expired HIT holders in Tokyo");
        List<HolderSummary> page = asStaff.call(() -> registry.search(
                new HolderSearch(null, CertificationType.HIT, CertificationStatus.EXPIRED, 13), HolderSearch.Sort.KANA, true, 0, 500));
        assertEquals(expected, page.size());
        assertTrue(page.stream().allMatch(h -> h.prefectureCode() == 13 && h.certifications().stream()
                .anyMatch(c -> c.type() == CertificationType.HIT && c.status() == CertificationStatus.EXPIRED)));
    }

    @Test
    void pagesAreDisjointAndSortedByKana() throws Exception {
        List<HolderSummary> first = asStaff.call(() -> registry.search(HolderSearch.ALL, HolderSearch.Sort.KANA, true, 0, 50));
        List<HolderSummary> second = asStaff.call(() -> registry.search(HolderSearch.ALL, HolderSearch.Sort.KANA, true, 50, 50));
        assertEquals(50, first.size());
        assertEquals(50, second.size());
        Set<Long> ids = new HashSet<>();
        first.forEach(h -> ids.add(h.id()));
        second.forEach(h -> assertTrue(ids.add(h.id()), "holder " + h.id() + " on two pages"));
        for (int i = 1; i < first.size(); i++) {
            String a = first.get(i - 1).fullNameKana().split(" ")[0];
            String b = first.get(i).fullNameKana().split(" ")[0];
            assertTrue(a.compareTo(b) <= 0 || collatesEqual(a, b), a + " before " + b);
        }
        List<HolderSummary> descending = asStaff.call(() -> registry.search(HolderSearch.ALL, HolderSearch.Sort.ID, false, 0, 3));
        assertTrue(descending.get(0).id() > descending.get(1).id());
    }

    @Test
    void holderPageCarriesCertificationsAndHistory() throws Exception {
        long holderId = Long.parseLong(scalar("SELECT holder_id FROM certification WHERE type = 'SENIOR_HIT' ORDER BY id LIMIT 1"));
        HolderDetail detail = asStaff.call(() -> registry.detail(holderId)).orElseThrow();
        assertEquals(holderId, detail.holder().getId());
        assertEquals(Long.parseLong(scalar("SELECT COUNT(*) FROM certification WHERE holder_id = " + holderId)),
                detail.certifications().size());
        assertTrue(detail.history().stream().anyMatch(e -> e.kind() == HolderDetail.HistoryEntry.Kind.CREATED
                && "demo-data".equals(e.by())), "the first revision of demo data is in the history");
        assertFalse(asStaff.call(() -> registry.detail(Long.MAX_VALUE)).isPresent());
    }

    @Test
    void transcriptsCountTheLedgerInsideEachCycle() throws Exception {
        long holderId = Long.parseLong(scalar("SELECT holder_id FROM user_account WHERE username = 'holder'"));
        HolderDetail detail = asStaff.call(() -> registry.detail(holderId)).orElseThrow();
        CertificationTranscript hit = detail.transcripts().stream()
                .filter(t -> t.type() == CertificationType.HIT).findFirst().orElseThrow();
        String[] cycle = firstRow("SELECT valid_from, valid_until FROM certification WHERE type = 'HIT' AND holder_id = " + holderId);
        long inCycle = Long.parseLong(scalar("SELECT COALESCE(SUM(points), 0) FROM point_entry WHERE holder_id = " + holderId
                + " AND earned_on BETWEEN '" + cycle[0] + "' AND '" + cycle[1] + "'"));
        assertEquals(inCycle, hit.transcript().countedPoints(), "event points have no caps");
        assertEquals(50, hit.transcript().requiredPoints());
        assertEquals(50 - inCycle, hit.transcript().missingPoints());
        assertTrue(hit.transcript().seminarMissing(), "the demo holder has not attended the seminar");
        assertEquals(Long.parseLong(scalar("SELECT COUNT(*) FROM point_entry WHERE holder_id = " + holderId)),
                detail.ledger().size());
    }

    @Test
    void dashboardFiguresMatchTheTables() throws Exception {
        DashboardFigures figures = asStaff.call(() -> dashboard.figures());
        assertEquals(Long.parseLong(scalar("SELECT COUNT(*) FROM holder")), figures.holders());
        assertEquals(Long.parseLong(scalar("SELECT COUNT(*) FROM certification WHERE type = 'HIT' AND status = 'ACTIVE'")),
                figures.certificationCount(CertificationType.HIT, CertificationStatus.ACTIVE));
        assertEquals(Long.parseLong(scalar("SELECT COUNT(*) FROM institution")), figures.institutionTotal());
        long withoutLeading = Long.parseLong(scalar("SELECT COUNT(*) FROM prefecture p WHERE NOT EXISTS (SELECT 1 FROM "
                + "institution i WHERE i.prefecture_code = p.code AND i.tier = 'LEADING')"));
        assertEquals(withoutLeading, figures.prefecturesWithoutLeading().size());
        assertTrue(withoutLeading > 0, "demo data leaves some prefectures without a LEADING hospital");
    }

    @Test
    void demoDataHoldsTheReadmesCertificateInEachStatus() throws Exception {
        assertEquals("ACTIVE", scalar("SELECT status FROM certification WHERE certificate_number = 'HIT-00000002'"));
        String renewalDue = scalar("SELECT status FROM certification WHERE certificate_number = 'HIT-00000003'");
        int month = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).getMonthValue();
        assertEquals(month >= 11 || month <= 3 ? "RENEWAL_DUE" : "ACTIVE", renewalDue, "RENEWAL_DUE only inside the window");
        assertEquals("EXPIRED", scalar("SELECT status FROM certification WHERE certificate_number = 'HIT-00000004'"));
        assertEquals("DEFERRED", scalar("SELECT status FROM certification WHERE certificate_number = 'HIT-00000005'"));
        assertEquals("REVOKED", scalar("SELECT status FROM certification WHERE certificate_number = 'HIT-00000006'"));
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThrows(EJBAccessException.class, () -> registry.count(HolderSearch.ALL));
        assertThrows(EJBAccessException.class, () -> dashboard.figures());
    }

    private static boolean collatesEqual(String a, String b) {
        return a.equalsIgnoreCase(b);
    }

    private static String toHiragana(String katakana) {
        StringBuilder out = new StringBuilder();
        katakana.codePoints().forEach(cp -> out.appendCodePoint(cp >= 'ァ' && cp <= 'ヶ' ? cp - ('ァ' - 'ぁ') : cp));
        return out.toString();
    }

    private String scalar(String sql) throws SQLException {
        return firstRow(sql)[0];
    }

    private String[] firstRow(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next(), "no row for " + sql);
            String[] row = new String[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = rs.getString(i + 1);
            }
            return row;
        }
    }
}
