package jp.medsec.demo;

import jp.medsec.account.PasswordHashes;
import jp.medsec.account.Role;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import static jp.medsec.demo.DemoDataGenerator.GUEST_OFFICER_PASSWORD;
import static jp.medsec.demo.DemoDataGenerator.GUEST_OFFICER_USER;
import static jp.medsec.demo.DemoDataGenerator.HOLDER_PASSWORD;
import static jp.medsec.demo.DemoDataGenerator.HOLDER_USER;
import static jp.medsec.demo.DemoDataGenerator.OFFICER_PASSWORD;
import static jp.medsec.demo.DemoDataGenerator.OFFICER_USER;
import static jp.medsec.demo.DemoDataGenerator.STAFF_PASSWORD;
import static jp.medsec.demo.DemoDataGenerator.STAFF_USER;

/** One sign-in account per role ({@link DemoDataGenerator#STAFF_USER} and the others; the README prints them). */
final class DemoAccounts {

    private DemoAccounts() {
    }

    /** Staff; the officer of the first LEADING hospital in Tokyo; holder 1, who holds HIT and Senior HIT. */
    static void insert(Connection c, List<InstitutionRow> institutions, List<HolderRow> holders) throws SQLException {
        InstitutionRow officerHospital = InstitutionRow.officerHospital(institutions);
        HolderRow demoHolder = holders.get(0);
        try (JdbcBatches batches = new JdbcBatches(c)) {
            PreparedStatement ps = batches.prepare("INSERT INTO user_account (username, password_hash, role, "
                    + "display_name, holder_id, institution_id) VALUES (?,?,?,?,?,?)");
            account(batches, ps, STAFF_USER, STAFF_PASSWORD, Role.STAFF, "佐藤 美咲", null, null);
            account(batches, ps, OFFICER_USER, OFFICER_PASSWORD, Role.INSTITUTION_OFFICER,
                    "高橋 健一", null, officerHospital.id);
            account(batches, ps, HOLDER_USER, HOLDER_PASSWORD, Role.HOLDER, demoHolder.displayName(), demoHolder.id, null);
            InstitutionRow guestHospital = InstitutionRow.guestHospital(institutions);
            account(batches, ps, GUEST_OFFICER_USER, GUEST_OFFICER_PASSWORD, Role.INSTITUTION_OFFICER,
                    "山口 直子", null, guestHospital.id);
        }
    }

    private static void account(JdbcBatches batches, PreparedStatement ps, String user, String password, Role role,
                                String displayName, Long holderId, Long institutionId) throws SQLException {
        ps.setString(1, user);
        ps.setString(2, PasswordHashes.hash(password.toCharArray()));
        ps.setString(3, role.name());
        ps.setString(4, displayName);
        ps.setObject(5, holderId, Types.BIGINT);
        ps.setObject(6, institutionId, Types.BIGINT);
        batches.add(ps);
    }
}
