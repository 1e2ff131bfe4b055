package jp.medsec.web.personnel;

import jakarta.inject.Inject;
import jp.medsec.personnel.CompletionCertificate;
import jp.medsec.personnel.CourseCatalogue;
import jp.medsec.personnel.CourseModule;
import jp.medsec.personnel.Group;
import jp.medsec.personnel.HisIntroduction;
import jp.medsec.personnel.ManagementMode;
import jp.medsec.personnel.PersonnelOverview;
import jp.medsec.personnel.PersonnelProfile;
import jp.medsec.personnel.Qualification;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.i18n.Messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's security-personnel profile page, as the person sees it ({@code /holder/personnel.xhtml}) and as staff
 * see it ({@code /staff/person.xhtml}): the form, the group recomputed on save, the curriculum and the completion
 * certificates. Subclasses say whose profile it is and where its PDFs download from.
 */
public abstract class ProfilePage extends PersonnelForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseCatalogue catalogue;

    @Inject
    protected Messages messages;

    private PersonnelOverview overview;
    private List<CompletionCertificate> certificates;
    private transient Map<String, CourseModule> modules;

    protected abstract PersonnelOverview read();

    protected abstract PersonnelOverview write(Set<Qualification> qualifications, Map<ManagementMode, Double> years,
                                               HisIntroduction introduction, boolean practical, boolean onsite,
                                               boolean guideline);

    protected abstract List<CompletionCertificate> readCertificates();

    /** Where this page's completion certificates download from, e.g. {@code /holder/documents/completion}. */
    public abstract String getCertificateDownload();

    protected void show(PersonnelOverview shown) {
        overview = shown;
        certificates = readCertificates();
        PersonnelProfile p = shown.profile();
        if (p != null) {
            qualifications = new ArrayList<>(p.getDeclared().stream().map(Enum::name).sorted().toList());
            senju = p.getSenjuYears();
            sennin = p.getSenninYears();
            other = p.getOtherYears();
            introduction = p.getIntroduction() == null ? "" : p.getIntroduction().name();
            practical = p.isPracticalExperience();
            onsite = p.isOnsiteTraining();
            guideline = p.isGuidelineUnderstood();
        }
    }

    public void save() {
        try {
            show(write(selectedQualifications(), years(), hisIntroduction(), practical, onsite, guideline));
            Group group = overview.classification().group();
            FacesMessages.info(group == null ? messages.get("personnel.saved.none")
                    : messages.format("personnel.saved", group.name()));
        } catch (RuntimeException e) {
            if (!FacesMessages.showRefusal(e)) {
                throw e;
            }
        }
    }

    @Override
    protected Map<String, CourseModule> modules() {
        if (modules == null) {
            modules = catalogue.byCode();
        }
        return modules;
    }

    /** What a person may declare: everything but the registry's own certifications. */
    public List<Qualification> getDeclarable() {
        return Arrays.stream(Qualification.values()).filter(q -> !PersonnelProfile.FROM_REGISTRY.contains(q)).toList();
    }

    public PersonnelOverview getOverview() {
        return overview;
    }

    /** The person's completion certificates (受講修了証), one per group course completed. */
    public List<CompletionCertificate> getCertificates() {
        return certificates;
    }
}
