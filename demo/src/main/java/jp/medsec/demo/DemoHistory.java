package jp.medsec.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** One Envers revision "demo-data", so that every generated record has a first entry in its history. */
final class DemoHistory {

    private DemoHistory() {
    }

    /** Set-based: each audited table is copied into its history table by one statement. */
    static void record(Connection c) throws SQLException {
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
                    + "beds, kind, corporate_group, tier, regionally_critical, on_premises_systems, institution_code) SELECT id, "
                    + rev + ", 0, name, name_kana, prefecture_code, municipality, beds, kind, corporate_group, tier, "
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
}
