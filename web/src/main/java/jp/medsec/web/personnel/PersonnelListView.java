package jp.medsec.web.personnel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.geo.Prefecture;
import jp.medsec.geo.PrefectureRepository;
import jp.medsec.personnel.PersonnelDirectory;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.web.i18n.LanguageView;
import jp.medsec.web.faces.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Staff's list of security personnel by group, prefecture and name, and who is due for a continuing course by a day
 * (today unless chosen). Paging and filtering run in the database.
 */
@Named
@ViewScoped
public class PersonnelListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonnelDirectory directory;

    @Inject
    private PrefectureRepository prefectureRepository;

    @Inject
    private LanguageView language;

    private String group = "";
    private Integer prefecture;
    private String text;
    private boolean dueOnly;
    private LocalDate dueBy;
    private PersonnelDirectory.Query query = new PersonnelDirectory.Query(null, false, null, null, null, null);
    private transient List<Prefecture> prefectures;

    private final LazyDataModel<PersonnelDirectory.Row> persons = new PagedModel<>(filters -> directory.count(query),
            (first, size, sort, filters) -> directory.search(query, first, size), PersonnelDirectory.Row::holderId);

    /** Applies the filters: the table shows the first page of the new selection. */
    public void search() {
        LocalDate day = dueOnly ? (dueBy == null ? JapaneseDates.today() : dueBy) : null;
        query = PersonnelDirectory.Query.of(group, prefecture, text, day, institution);
    }

    /** The same selection as CSV, streamed by the export servlet. */
    public void export() throws java.io.IOException {
        search();
        jp.medsec.web.documents.Downloads.redirect("/staff/documents/personnel.csv",
                "group", query.ungrouped() ? "NONE" : query.group() == null ? null : query.group().name(),
                "prefecture", query.prefecture() == null ? null : query.prefecture().toString(), "text", query.text(),
                "dueBy", query.dueBy() == null ? null : query.dueBy().toString(), "institution", query.institution());
    }

    private String institution;

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public LazyDataModel<PersonnelDirectory.Row> getPersons() {
        return persons;
    }

    public List<Prefecture> getPrefectures() {
        if (prefectures == null) {
            prefectures = prefectureRepository.findAll();
        }
        return prefectures;
    }

    public String prefectureName(int code) {
        return getPrefectures().stream().filter(p -> p.getCode() == code).findFirst()
                .map(p -> language.isEnglish() ? p.getNameEn() : p.getNameJa()).orElse(String.valueOf(code));
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group == null || group.matches("A|B|C|NONE") ? group : "";
    }

    public Integer getPrefecture() {
        return prefecture;
    }

    public void setPrefecture(Integer prefecture) {
        this.prefecture = prefecture;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isDueOnly() {
        return dueOnly;
    }

    public void setDueOnly(boolean dueOnly) {
        this.dueOnly = dueOnly;
    }

    public LocalDate getDueBy() {
        return dueBy;
    }

    public void setDueBy(LocalDate dueBy) {
        this.dueBy = dueBy;
    }
}
