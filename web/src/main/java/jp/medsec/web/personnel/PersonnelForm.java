package jp.medsec.web.personnel;

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

    /**
     * What a group's column lacks, in the reader's language (the bundle's sentence; the API keeps API.md's fixed
     * words), with the alternatives ①–⑤ already met.
     */
    public String missing(Group group, String column, List<String> words) {
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle(jp.medsec.web.i18n.Messages.BUNDLE, locale);
        String key = "guideline".equals(column) ? "selfCheck.missing.guideline" : "selfCheck.missing." + group + "." + column;
        StringBuilder text = new StringBuilder(bundle.containsKey(key) ? bundle.getString(key) : join(words));
        words.stream().filter(w -> w.startsWith("met so far: ")).findFirst().ifPresent(w -> text.append(
                new java.text.MessageFormat(bundle.getString("selfCheck.metSoFar"), locale).format(new Object[]{
                        w.substring("met so far: ".length()).replace("ALT-1", "①").replace("ALT-2", "②")
                                .replace("ALT-3", "③").replace("ALT-4", "④").replace("ALT-5", "⑤")})));
        return text.toString();
    }

    /**
     * The words of a classification's path (how a group was met) in the reader's language: qualifications by name,
     * the alternatives as ①–⑤, the security education by the bundle's phrase; the API keeps the codes.
     */
    public String pathWords(Collection<String> words) {
        if (words == null || words.isEmpty()) {
            return "—";
        }
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle(jp.medsec.web.i18n.Messages.BUNDLE, locale);
        boolean english = "en".equals(locale.getLanguage());
        List<String> shown = new ArrayList<>();
        for (String word : words) {
            String key = "selfCheck.path." + word;
            if (word.matches("ALT-[1-5]")) {
                shown.add(String.valueOf((char) ('①' + word.charAt(4) - '1')));
            } else if (bundle.containsKey(key)) {
                shown.add(bundle.getString(key));
            } else if (java.util.Arrays.stream(Qualification.values()).anyMatch(q -> q.name().equals(word))) {
                Qualification q = Qualification.valueOf(word);
                shown.add(english ? q.nameEn() : q.nameJa());
            } else {
                shown.add(word);
            }
        }
        return String.join(english ? ", " : "、", shown);
    }

    /** Qualifications by their names in the reader's language, never their codes. */
    public String qualificationNames(Collection<Qualification> held) {
        if (held == null || held.isEmpty()) {
            return "—";
        }
        boolean english = "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
        return String.join(english ? ", " : "、", held.stream().map(q -> english ? q.nameEn() : q.nameJa()).toList());
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
