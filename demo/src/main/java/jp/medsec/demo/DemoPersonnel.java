package jp.medsec.demo;

import jp.medsec.personnel.Group;
import jp.medsec.personnel.GroupClassifier;
import jp.medsec.personnel.ManagementMode;
import jp.medsec.personnel.PersonnelFacts;
import jp.medsec.personnel.Qualification;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The personnel profile of a hospital's CISO: four years as a dedicated (専任) manager, the registry's current
 * certifications, now and then an IPA RISS, and the group the classifier gives for that, stored as the application
 * stores it.
 */
final class DemoPersonnel {

    private final JdbcBatches batches;
    private final PreparedStatement profile;
    private final PreparedStatement declared;

    /** Prepares its statements in {@code batches}, after the holders' and before anything that refers to a profile. */
    DemoPersonnel(JdbcBatches batches) throws SQLException {
        this.batches = batches;
        this.profile = batches.prepare("INSERT INTO personnel_profile (holder_id, sennin_years, guideline_understood, "
                + "computed_group, computed_at) VALUES (?, ?, TRUE, ?, NOW(6))");
        this.declared = batches.prepare("INSERT INTO personnel_qualification (holder_id, qualification) VALUES (?, 'IPA_RISS')");
    }

    void profileOf(HolderRow ciso, boolean riss) throws SQLException {
        Set<Qualification> quals = EnumSet.noneOf(Qualification.class);
        ciso.certifications.stream().filter(cr -> cr.status().isCurrent())
                .forEach(cr -> quals.add(Qualification.valueOf(cr.type().name())));
        if (riss) {
            quals.add(Qualification.IPA_RISS);
        }
        Group group = GroupClassifier.classify(new PersonnelFacts(quals, Map.of(ManagementMode.SENNIN, 4.0), null, false,
                Set.of(), false, true)).group();
        profile.setLong(1, ciso.id);
        profile.setDouble(2, 4.0);
        profile.setString(3, group == null ? null : group.name());
        batches.add(profile);
        if (riss) {
            declared.setLong(1, ciso.id);
            batches.add(declared);
        }
    }
}
