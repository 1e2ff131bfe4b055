package jp.medsec.web.personnel;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.organisation.MyPlacements;
import jp.medsec.personnel.CompletionCertificate;
import jp.medsec.personnel.CompletionCertificates;
import jp.medsec.personnel.HisIntroduction;
import jp.medsec.personnel.ManagementMode;
import jp.medsec.personnel.PersonnelOverview;
import jp.medsec.personnel.PersonnelProfiles;
import jp.medsec.personnel.Qualification;
import jp.medsec.web.faces.FacesMessages;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A holder's own security-personnel profile: what they state, their group (recomputed on save), their curriculum; and
 * the placements institutions proposed for them, which they confirm or decline, with the roles they hold.
 */
@Named
@ViewScoped
public class MyPersonnelView extends ProfilePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonnelProfiles profiles;

    @Inject
    private CompletionCertificates completions;

    @Inject
    private MyPlacements placements;

    private List<MyPlacements.MyPlacement> pendingPlacements;
    private List<MyPlacements.MyPlacement> registeredPlacements;

    @PostConstruct
    void load() {
        show(read());
        loadPlacements();
    }

    private void loadPlacements() {
        pendingPlacements = placements.pending();
        registeredPlacements = placements.confirmed();
    }

    public void confirmPlacement(long placementId) {
        FacesMessages.attempt(() -> placements.confirm(placementId), messages.get("placements.confirmed"));
        loadPlacements();
    }

    public void declinePlacement(long placementId) {
        FacesMessages.attempt(() -> placements.decline(placementId), messages.get("placements.declined"));
        loadPlacements();
    }

    public List<MyPlacements.MyPlacement> getPendingPlacements() {
        return pendingPlacements;
    }

    public List<MyPlacements.MyPlacement> getRegisteredPlacements() {
        return registeredPlacements;
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
