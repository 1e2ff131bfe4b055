package jp.medsec.web.personnel;

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
import jp.medsec.personnel.PersonnelFacts;
import jp.medsec.personnel.Qualification;

import java.util.ArrayList;
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
public class SelfCheckView extends PersonnelForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseCatalogue catalogue;

    private transient Map<String, CourseModule> modules;
    private List<String> completed = new ArrayList<>();

    private Classification result;
    private Curriculum curriculum;

    @PostConstruct
    void load() {
        modules = catalogue.byCode();
    }

    public void check() {
        Set<Qualification> held = selectedQualifications();
        result = GroupClassifier.classify(new PersonnelFacts(held, years(), hisIntroduction(), practical,
                new TreeSet<>(completed), onsite, guideline));
        curriculum = CurriculumPlanner.plan(result.group() == null ? Group.C : result.group(), held);
    }

    @Override
    protected Map<String, CourseModule> modules() {
        if (modules == null) {
            modules = catalogue.byCode();
        }
        return modules;
    }

    /** Modules of one programme, for the checkboxes. */
    public List<CourseModule> programme(String group, String programme) {
        return modules().values().stream().filter(m -> m.getGroupCode().equals(group) && m.getProgramme().equals(programme))
                .sorted(java.util.Comparator.comparingInt(CourseModule::getSortOrder)).toList();
    }

    public Qualification[] getAllQualifications() {
        return Qualification.values();
    }

    public Classification getResult() {
        return result;
    }

    public Curriculum getCurriculum() {
        return curriculum;
    }

    public List<String> getCompleted() {
        return completed;
    }

    public void setCompleted(List<String> completed) {
        this.completed = completed;
    }

}
