package jp.medsec.web.holder;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.personnel.CompletionCertificate;
import jp.medsec.personnel.CompletionCertificates;
import jp.medsec.personnel.HisIntroduction;
import jp.medsec.personnel.ManagementMode;
import jp.medsec.personnel.PersonnelOverview;
import jp.medsec.personnel.PersonnelProfiles;
import jp.medsec.personnel.Qualification;
import jp.medsec.web.personnel.ProfilePage;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A holder's own security-personnel profile: what they state, their group (recomputed on save), their curriculum. */
@Named
@ViewScoped
public class MyPersonnelView extends ProfilePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonnelProfiles profiles;

    @Inject
    private CompletionCertificates completions;

    @PostConstruct
    void load() {
        show(read());
    }

    @Override
    protected PersonnelOverview read() {
        return profiles.mine();
    }

    @Override
    protected PersonnelOverview write(Set<Qualification> qualifications, Map<ManagementMode, Double> years,
                                      HisIntroduction introduction, boolean practical, boolean onsite, boolean guideline) {
        return profiles.saveMine(qualifications, years, introduction, practical, onsite, guideline);
    }

    @Override
    protected List<CompletionCertificate> readCertificates() {
        return completions.mine();
    }

    @Override
    public String getCertificateDownload() {
        return "/holder/documents/completion";
    }
}
