package jp.medsec.web.holder;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.personnel.CourseCatalogue;
import jp.medsec.personnel.CourseModule;
import jp.medsec.personnel.Group;
import jp.medsec.personnel.PersonnelOverview;
import jp.medsec.personnel.PersonnelProfile;
import jp.medsec.personnel.PersonnelProfiles;
import jp.medsec.personnel.Qualification;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.i18n.Messages;
import jp.medsec.web.publicpages.PersonnelForm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A holder's own security-personnel profile: what they state, their group (recomputed on save), their curriculum. */
@Named
@ViewScoped
public class MyPersonnelView extends PersonnelForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonnelProfiles profiles;

    @Inject
    private CourseCatalogue catalogue;

    @Inject
    private Messages messages;

    private PersonnelOverview overview;
    private transient Map<String, CourseModule> modules;

    @PostConstruct
    void load() {
        overview = profiles.mine();
        PersonnelProfile p = overview.profile();
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
            overview = profiles.saveMine(selectedQualifications(), years(), hisIntroduction(), practical, onsite, guideline);
            Group group = overview.classification().group();
            FacesMessages.info(group == null ? messages.get("personnel.saved.none")
                    : messages.format("personnel.saved", group.name()));
        } catch (EJBException e) {
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

}
