package jp.medsec.web.publicpages;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.personnel.Classification;
import jp.medsec.personnel.CourseCatalogue;
import jp.medsec.personnel.CourseModule;
import jp.medsec.personnel.Curriculum;
import jp.medsec.personnel.CurriculumPlanner;
import jp.medsec.personnel.Group;
import jp.medsec.personnel.GroupClassifier;
import jp.medsec.personnel.HisIntroduction;
import jp.medsec.personnel.ManagementMode;
import jp.medsec.personnel.PersonnelFacts;
import jp.medsec.personnel.Qualification;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The public self-check: a person enters their qualifications and experience and sees which group they qualify for,
 * why, what is missing, and their curriculum. The same engines as {@code /api/v1/self-check/*}; nothing is stored.
 */
@Named
@ViewScoped
public class SelfCheckView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseCatalogue catalogue;

    private transient Map<String, CourseModule> modules;
    private List<String> qualifications = new ArrayList<>();
    private Double senju;
    private Double sennin;
    private Double other;
    private String introduction;
    private boolean practical;
    private List<String> completed = new ArrayList<>();
    private boolean onsite;
    private boolean guideline;

    private Classification result;
    private Curriculum curriculum;

    @PostConstruct
    void load() {
        modules = catalogue.byCode();
    }

    public void check() {
        Set<Qualification> held = EnumSet.noneOf(Qualification.class);
        qualifications.forEach(q -> held.add(Qualification.valueOf(q)));
        Map<ManagementMode, Double> years = new EnumMap<>(ManagementMode.class);
        years.put(ManagementMode.SENJU, senju == null ? 0 : senju);
        years.put(ManagementMode.SENNIN, sennin == null ? 0 : sennin);
        years.put(ManagementMode.OTHER, other == null ? 0 : other);
        result = GroupClassifier.classify(new PersonnelFacts(held, years,
                introduction == null || introduction.isBlank() ? null : HisIntroduction.valueOf(introduction), practical,
                new TreeSet<>(completed), onsite, guideline));
        curriculum = CurriculumPlanner.plan(result.group() == null ? Group.C : result.group(), held);
    }

    public String title(String code) {
        if (modules == null) {
            modules = catalogue.byCode();
        }
        CourseModule module = modules.get(code);
        return module == null ? code : module.title(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot()
                .getLocale());
    }

    /** Modules of one programme, for the checkboxes. */
    public List<CourseModule> programme(String group, String programme) {
        if (modules == null) {
            modules = catalogue.byCode();
        }
        return modules.values().stream().filter(m -> m.getGroupCode().equals(group) && m.getProgramme().equals(programme))
                .sorted(java.util.Comparator.comparingInt(CourseModule::getSortOrder)).toList();
    }

    public String join(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    public Qualification[] getAllQualifications() {
        return Qualification.values();
    }

    public Group[] getGroups() {
        return Group.values();
    }

    public Classification getResult() {
        return result;
    }

    public Curriculum getCurriculum() {
        return curriculum;
    }

    public List<String> getQualifications() {
        return qualifications;
    }

    public void setQualifications(List<String> qualifications) {
        this.qualifications = qualifications;
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

    public List<String> getCompleted() {
        return completed;
    }

    public void setCompleted(List<String> completed) {
        this.completed = completed;
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
