package jp.medsec.demo;

import jp.medsec.institution.InstitutionKind;
import jp.medsec.institution.InstitutionTier;

import java.util.List;

/** One generated institution, as it goes into the {@code institution} table. */
final class InstitutionRow {
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

    /** The demo officer's hospital: the first LEADING one in Tokyo. */
    static InstitutionRow officerHospital(List<InstitutionRow> institutions) {
        return institutions.stream().filter(i -> i.prefecture == 13 && i.tier == InstitutionTier.LEADING).findFirst()
                .orElse(institutions.get(0));
    }

    /** The second demo officer's hospital: the first SELF_DEFENDING one in Tokyo, a guest at the first's meetings. */
    static InstitutionRow guestHospital(List<InstitutionRow> institutions) {
        return institutions.stream().filter(i -> i.prefecture == 13 && i.tier == InstitutionTier.SELF_DEFENDING)
                .findFirst().orElse(institutions.stream().filter(i -> i.tier == InstitutionTier.SELF_DEFENDING)
                        .findFirst().orElse(institutions.get(institutions.size() - 1)));
    }
}
