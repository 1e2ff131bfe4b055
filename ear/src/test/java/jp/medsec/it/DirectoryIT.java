package jp.medsec.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jp.medsec.certification.CertificationType;
import jp.medsec.certification.DirectoryEntry;
import jp.medsec.certification.DirectorySearch;
import jp.medsec.certification.PublicDirectory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public directory lists exactly the consenting holders with a current certification. */
@ExtendWith(ArquillianExtension.class)
class DirectoryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("directory-it", DirectoryIT.class);
    }

    @EJB
    private PublicDirectory directory;

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    private long sql(String query) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void onlyConsentingHoldersWithACurrentCertificationAreListed() throws Exception {
        long expected = sql("SELECT COUNT(*) FROM holder h WHERE h.directory_consent AND EXISTS (SELECT 1 FROM certification c "
                + "WHERE c.holder_id = h.id AND c.status IN ('ACTIVE', 'RENEWAL_DUE', 'DEFERRED'))");
        assertEquals(expected, directory.count(new DirectorySearch(null, null, null)));
        assertTrue(expected > 0 && expected < sql("SELECT COUNT(*) FROM holder"));
        long miisInOsaka = sql("SELECT COUNT(*) FROM holder h WHERE h.directory_consent AND h.prefecture_code = 27 AND EXISTS "
                + "(SELECT 1 FROM certification c WHERE c.holder_id = h.id AND c.type = 'MIIS' AND c.status IN "
                + "('ACTIVE', 'RENEWAL_DUE', 'DEFERRED'))");
        assertEquals(miisInOsaka, directory.count(new DirectorySearch(null, 27, CertificationType.MIIS)));
    }

    @Test
    void entriesShowOnlyCurrentCertificationsAndMatchTheName() throws Exception {
        List<DirectoryEntry> page = directory.search(new DirectorySearch("さとう", null, null), 0, 100);
        assertTrue(!page.isEmpty());
        assertTrue(page.stream().allMatch(e -> e.kana().startsWith("サトウ") || e.kana().contains("サトウ")));
        assertTrue(page.stream().noneMatch(e -> e.certifications().isEmpty()));
    }
}
