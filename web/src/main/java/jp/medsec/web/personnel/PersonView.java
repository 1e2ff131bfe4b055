package jp.medsec.web.personnel;

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
import jp.medsec.web.faces.Pages;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Staff reading and editing one person's security-personnel profile ({@code /staff/person.xhtml?id=}); unknown ids are 404. */
@Named
@ViewScoped
public class PersonView extends ProfilePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonnelProfiles profiles;

    @Inject
    private CompletionCertificates completions;

    private String id;
    private long holderId;

    public void load() throws IOException {
        if (getOverview() != null) {
            return;
        }
        Long parsed = Pages.id(id).orElse(null);
        if (parsed == null) {
            Pages.notFound("No such person");
            return;
        }
        holderId = parsed;
        try {
            show(read());
        } catch (RuntimeException e) {
            if (e instanceof jp.medsec.shared.NotFound) {
                Pages.notFound("No such person");
                return;
            }
            throw e;
        }
    }

    @Override
    protected PersonnelOverview read() {
        return profiles.of(holderId);
    }

    @Override
    protected PersonnelOverview write(Set<Qualification> qualifications, Map<ManagementMode, Double> years,
                                      HisIntroduction introduction, boolean practical, boolean onsite, boolean guideline) {
        return profiles.saveFor(holderId, qualifications, years, introduction, practical, onsite, guideline);
    }

    @Override
    protected List<CompletionCertificate> readCertificates() {
        return completions.of(holderId);
    }

    @Override
    public String getCertificateDownload() {
        return "/staff/documents/completion";
    }

    public long getHolderId() {
        return holderId;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
