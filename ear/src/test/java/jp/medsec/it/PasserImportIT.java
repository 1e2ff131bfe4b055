package jp.medsec.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jp.medsec.certification.PasserLines;
import jp.medsec.imports.CsvFiles;
import jp.medsec.imports.ImportReport;
import jp.medsec.imports.Imports;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exam passers from a Shift_JIS file: good lines become holders and certifications, bad ones are named, nothing twice. */
@ExtendWith(ArquillianExtension.class)
class PasserImportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("passer-import-it", PasserImportIT.class, AsStaff.class, ImportFiles.class);
    }

    @EJB
    private Imports imports;

    @EJB
    private AsStaff asStaff;

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    private String text(String query) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            assertTrue(rs.next(), "no row for " + query);
            return rs.getString(1);
        }
    }

    @Test
    void passersBecomeHoldersAndCertificationsOnceEvenWhenImportedAgain() throws Exception {
        int year = LocalDate.now(ZoneId.of("Asia/Tokyo")).getYear();
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String currentHit = text("SELECT c.certificate_number FROM certification c WHERE c.type = 'HIT' AND c.status = 'ACTIVE' "
                + "AND c.holder_id > 6 AND NOT EXISTS (SELECT 1 FROM certification s WHERE s.holder_id = c.holder_id AND "
                + "s.type = 'SENIOR_HIT') ORDER BY c.id LIMIT 1");
        String currentHitFamily = text("SELECT h.family_name FROM holder h JOIN certification c ON c.holder_id = h.id "
                + "WHERE c.certificate_number = '" + currentHit + "'");
        String expiredHit = text("SELECT certificate_number FROM certification WHERE type = 'HIT' AND status = 'EXPIRED' "
                + "AND holder_id > 6 ORDER BY id LIMIT 1");
        String csv = "試験,合格年,受験番号,姓,名,セイ,メイ,生年月日,メールアドレス,都道府県,医療情報技師認定番号\r\n"
                + "医療情報技師," + year + ",H-" + run + "-1,新井,一郎,あらい,いちろう,1995/4/1,arai@example.jp,東京都,\r\n" // 2 good
                + "HIT," + year + ",H-" + run + "-2,木村,花,キムラ,ハナ,1998-12-24,,27,\r\n"                     // 3 good
                + "SENIOR_HIT," + year + ",S-" + run + "-1," + currentHitFamily + ",,,,,,," + currentHit + "\r\n"   // 4 good
                + "MIIS," + year + ",M-" + run + "-1,,,,,,,," + expiredHit + "\r\n"                                // 5 HIT expired
                + "GOLF," + year + ",X-" + run + "-1,山田,太郎,ヤマダ,タロウ,,,東京都,\r\n"                              // 6 bad type
                + "HIT,1999,H-" + run + "-3,山田,太郎,ヤマダ,タロウ,,,東京都,\r\n"                                    // 7 old year
                + "HIT," + year + ",H-" + run + "-1,新井,一郎,アライ,イチロウ,1995-04-01,,東京都,\r\n"                // 8 duplicate
                + "HIT," + year + ",H-" + run + "-4,山田,,ヤマダ,,,,東京都,\r\n"                                      // 9 no given name
                + "HIT," + year + ",H-" + run + "-5,山田,次郎,ヤマダ,ジロウ,,,火星,\r\n"                               // 10 prefecture
                + "MIIS," + year + ",M-" + run + "-2,違う,,,,,,," + currentHit + "\r\n";                           // 11 name
        ImportReport first = ImportFiles.importAsStaff(asStaff, imports, PasserLines.KIND, null, csv.getBytes(CsvFiles.CP932));
        assertEquals("windows-31j", first.charset());
        assertEquals(10, first.lines());
        assertEquals(3, first.recorded(), first.toString());
        Map<Long, String> errors = first.errors().stream()
                .collect(Collectors.toMap(ImportReport.LineError::line, ImportReport.LineError::reason));
        assertEquals(Map.of(5L, "HIT_NOT_CURRENT", 6L, "BAD_TYPE", 7L, "YEAR_OUT_OF_RANGE", 8L, "DUPLICATE_IN_FILE",
                9L, "MISSING_NAME", 10L, "BAD_PREFECTURE", 11L, "NAME_MISMATCH"), errors);

        assertEquals("アライ", text("SELECT h.family_name_kana FROM exam_pass p JOIN certification c ON c.id = p.certification_id "
                + "JOIN holder h ON h.id = c.holder_id WHERE p.exam_number = 'H-" + run + "-1'"), "kana stored as katakana");
        assertEquals("ACTIVE", text("SELECT c.status FROM exam_pass p JOIN certification c ON c.id = p.certification_id "
                + "WHERE p.exam_number = 'S-" + run + "-1'"));
        assertEquals(year + "-11-01", text("SELECT c.valid_from FROM exam_pass p JOIN certification c ON c.id = p.certification_id "
                + "WHERE p.exam_number = 'H-" + run + "-2'"), "the first cycle starts in November of the pass year");
        assertEquals(text("SELECT holder_id FROM certification WHERE certificate_number = '" + currentHit + "'"),
                text("SELECT c.holder_id FROM exam_pass p JOIN certification c ON c.id = p.certification_id "
                        + "WHERE p.exam_number = 'S-" + run + "-1'"), "the Senior HIT goes to the HIT's holder");
        String holders = text("SELECT COUNT(*) FROM holder");
        String certifications = text("SELECT COUNT(*) FROM certification");

        ImportReport again = ImportFiles.importAsStaff(asStaff, imports, PasserLines.KIND, null, csv.getBytes(CsvFiles.CP932));
        assertEquals(0, again.recorded());
        assertEquals(3, again.alreadyRecorded());
        assertEquals(holders, text("SELECT COUNT(*) FROM holder"), "no holder twice");
        assertEquals(certifications, text("SELECT COUNT(*) FROM certification"), "no certification twice");
    }

    @Test
    void onlyStaffImport() {
        assertThrows(EJBAccessException.class, () -> imports.submit(PasserLines.KIND, null, "x.csv",
                new java.io.ByteArrayInputStream("exam_number\n1\n".getBytes()), null));
    }
}
