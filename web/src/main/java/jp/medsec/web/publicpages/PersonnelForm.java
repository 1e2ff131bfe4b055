package jp.medsec.web.publicpages;

import jakarta.faces.context.FacesContext;
import jp.medsec.personnel.CourseModule;
import jp.medsec.personnel.Group;
import jp.medsec.personnel.HisIntroduction;
import jp.medsec.personnel.ManagementMode;
import jp.medsec.personnel.Qualification;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields a person fills in about themselves (qualifications, years by mode, HIS introduction, experience,
 * training, guideline) and the helpers to show a classification: shared by the public self-check and a holder's
 * own profile.
 */
public abstract class PersonnelForm implements Serializable {

    private static final long serialVersionUID = 1L;

    protected List<String> qualifications = new ArrayList<>();
    protected Double senju;
    protected Double sennin;
    protected Double other;
    protected String introduction;
    protected boolean practical;
    protected boolean onsite;
    protected boolean guideline;

    /** The course module catalogue by code, for titles. */
    protected abstract Map<String, CourseModule> modules();

    protected Set<Qualification> selectedQualifications() {
        Set<Qualification> held = EnumSet.noneOf(Qualification.class);
        qualifications.forEach(q -> held.add(Qualification.valueOf(q)));
        return held;
    }

    protected Map<ManagementMode, Double> years() {
        Map<ManagementMode, Double> years = new EnumMap<>(ManagementMode.class);
        years.put(ManagementMode.SENJU, senju == null ? 0 : senju);
        years.put(ManagementMode.SENNIN, sennin == null ? 0 : sennin);
        years.put(ManagementMode.OTHER, other == null ? 0 : other);
        return years;
    }

    protected HisIntroduction hisIntroduction() {
        return introduction == null || introduction.isBlank() ? null : HisIntroduction.valueOf(introduction);
    }

    public String title(String code) {
        CourseModule module = modules().get(code);
        return module == null ? code : module.title(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String join(Collection<?> values) {
        return values == null ? "" : String.join(", ", values.stream().map(String::valueOf).toList());
    }

    public Group[] getGroups() {
        return Group.values();
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
