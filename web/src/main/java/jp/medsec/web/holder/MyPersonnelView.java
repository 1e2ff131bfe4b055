package jp.medsec.web.holder;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.personnel.CourseCatalogue;
import jp.medsec.personnel.CourseModule;
import jp.medsec.personnel.Group;
import jp.medsec.personnel.HisIntroduction;
import jp.medsec.personnel.ManagementMode;
import jp.medsec.personnel.PersonnelOverview;
import jp.medsec.personnel.PersonnelProfile;
import jp.medsec.personnel.PersonnelProfiles;
import jp.medsec.personnel.Qualification;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.i18n.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A holder's own security-personnel profile: what they state, their group (recomputed on save), their curriculum. */
@Named
@ViewScoped
public class MyPersonnelView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonnelProfiles profiles;

    @Inject
    private CourseCatalogue catalogue;

    @Inject
    private Messages messages;

    private PersonnelOverview overview;
    private transient Map<String, CourseModule> modules;
    private List<String> declared = new ArrayList<>();
    private Double senju;
    private Double sennin;
    private Double other;
    private String introduction;
    private boolean practical;
    private boolean onsite;
    private boolean guideline;

    @PostConstruct
    void load() {
        overview = profiles.mine();
        PersonnelProfile p = overview.profile();
        if (p != null) {
            declared = new ArrayList<>(p.getDeclared().stream().map(Enum::name).sorted().toList());
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
        Set<Qualification> held = EnumSet.noneOf(Qualification.class);
        declared.forEach(q -> held.add(Qualification.valueOf(q)));
        Map<ManagementMode, Double> years = new EnumMap<>(ManagementMode.class);
        years.put(ManagementMode.SENJU, senju == null ? 0 : senju);
        years.put(ManagementMode.SENNIN, sennin == null ? 0 : sennin);
        years.put(ManagementMode.OTHER, other == null ? 0 : other);
        try {
            overview = profiles.saveMine(held, years, introduction == null || introduction.isBlank() ? null
                    : HisIntroduction.valueOf(introduction), practical, onsite, guideline);
            Group group = overview.classification().group();
            FacesMessages.info(group == null ? messages.get("personnel.saved.none")
                    : messages.format("personnel.saved", group.name()));
        } catch (EJBException e) {
            if (!FacesMessages.showRefusal(e)) {
                throw e;
            }
        }
    }

    public String title(String code) {
        if (modules == null) {
            modules = catalogue.byCode();
        }
        CourseModule module = modules.get(code);
        return module == null ? code : module.title(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot()
                .getLocale());
    }

    public String join(java.util.Collection<?> values) {
        return values == null ? "" : String.join(", ", values.stream().map(String::valueOf).toList());
    }

    /** What a person may declare: everything but the registry's own certifications. */
    public List<Qualification> getDeclarable() {
        return Arrays.stream(Qualification.values()).filter(q -> !PersonnelProfile.FROM_REGISTRY.contains(q)).toList();
    }

    public Group[] getGroups() {
        return Group.values();
    }

    public PersonnelOverview getOverview() {
        return overview;
    }

    public List<String> getDeclared() {
        return declared;
    }

    public void setDeclared(List<String> declared) {
        this.declared = declared;
    }

    public Double getSenju() {
        return senju;
    }

    public void setSenju(Double senju) {
        this.senju = senju;
    }

    public Double getSennin() {
        return sennin;
    }

    public void setSennin(Double sennin) {
        this.sennin = sennin;
    }

    public Double getOther() {
        return other;
    }

    public void setOther(Double other) {
        this.other = other;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public boolean isPractical() {
        return practical;
    }

    public void setPractical(boolean practical) {
        this.practical = practical;
    }

    public boolean isOnsite() {
        return onsite;
    }

    public void setOnsite(boolean onsite) {
        this.onsite = onsite;
    }

    public boolean isGuideline() {
        return guideline;
    }

    public void setGuideline(boolean guideline) {
        this.guideline = guideline;
    }
}
