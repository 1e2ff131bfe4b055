package jp.medsec.demo;

import jp.medsec.certification.CertificationType;
import jp.medsec.institution.InstitutionTier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Security organisations (departments, committees, a CISO from the hospital's own registry people with their stored
 * group) and audits with findings in every state, some overdue: what the dashboards and the audit pages show on the
 * first day. Holders 1–6 are left alone (they are the demo and test people). One pass over the institutions, each
 * organised and then perhaps audited, since that is the order in which a seed's numbers are drawn.
 */
final class DemoOrganisations {

    private final Random random;
    private final LocalDate today;

    DemoOrganisations(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    void insert(Connection c, List<InstitutionRow> institutions, List<HolderRow> holders) throws SQLException {
        Map<Long, List<HolderRow>> staffOf = new HashMap<>();
        for (HolderRow h : holders) {
            if (h.institutionId != null && h.id > 6) {
                staffOf.computeIfAbsent(h.institutionId, k -> new ArrayList<>()).add(h);
            }
        }
        InstitutionRow officerHospital = InstitutionRow.officerHospital(institutions);
        long nextRoleId = JdbcBatches.nextId(c, "security_role");
        // Prepared parents first: a flush writes them in this order.
        try (JdbcBatches batches = new JdbcBatches(c)) {
            PreparedStatement org = batches.prepare("UPDATE institution SET is_department = ?, security_committee = ? WHERE id = ?");
            DemoPersonnel personnel = new DemoPersonnel(batches);
            // the demo CISO works at the hospital (their holder row says so): their placement stands as confirmed
            PreparedStatement role = batches.prepare("INSERT INTO security_role (id, institution_id, role, holder_id, duty, "
                    + "consent) VALUES (?, ?, 'CISO', ?, ?, 'CONFIRMED')");
            DemoAudits audits = new DemoAudits(random, today, c, batches);
            int n = 0;
            for (InstitutionRow i : institutions) {
                boolean leading = i.tier == InstitutionTier.LEADING;
                boolean self = i.tier == InstitutionTier.SELF_DEFENDING;
                org.setBoolean(1, leading || (self && random.nextInt(100) < 80));
                org.setBoolean(2, leading || (self && random.nextInt(100) < 60));
                org.setLong(3, i.id);
                batches.add(org);
                List<HolderRow> people = staffOf.getOrDefault(i.id, List.of());
                HolderRow ciso = people.stream().filter(h -> h.holds(CertificationType.SENIOR_HIT)).findFirst()
                        .orElse(people.stream().filter(h -> h.holds(CertificationType.HIT)).findFirst().orElse(null));
                if (ciso != null && (leading || self)) {
                    boolean riss = leading && random.nextInt(100) < 60;
                    personnel.profileOf(ciso, riss);
                    role.setLong(1, nextRoleId++);
                    role.setLong(2, i.id);
                    role.setLong(3, ciso.id);
                    role.setString(4, leading ? "SENJU" : "SENNIN");
                    batches.add(role);
                }
                boolean audited = i == officerHospital || (leading || self ? n % 3 == 0 : n % 9 == 0);
                n++;
                if (audited) {
                    audits.audit(i, i == officerHospital, ciso);
                }
            }
        }
    }
}
