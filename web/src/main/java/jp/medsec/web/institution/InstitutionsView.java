package jp.medsec.web.institution;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.geo.Prefecture;
import jp.medsec.geo.PrefectureRepository;
import jp.medsec.institution.InstitutionDirectory;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.web.faces.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;

/** Staff's list of institutions, filtered in the database by prefecture, tier and name. */
@Named
@ViewScoped
public class InstitutionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InstitutionDirectory directory;

    @Inject
    private PrefectureRepository prefectureRepository;

    @Inject
    private jp.medsec.institution.InstitutionRegistry registry;

    // registration of a new institution
    private String newCode;
    private String newName;
    private Integer newPrefecture;
    private String newMunicipality;
    private Integer newBeds;
    private jp.medsec.institution.InstitutionKind newKind = jp.medsec.institution.InstitutionKind.OTHER;
    private String newCorporateGroup;
    private InstitutionTier newTier = InstitutionTier.ASSISTED;
    private boolean newCritical;
    private boolean newOnPremises = true;

    private Integer prefecture;
    private String tier = "";
    private String text;
    private InstitutionDirectory.Query query = new InstitutionDirectory.Query(null, null, null);
    private transient List<Prefecture> prefectures;

    private final LazyDataModel<InstitutionDirectory.Row> institutions = new PagedModel<>(filters -> directory.count(query),
            (first, size, sort, filters) -> directory.search(query, first, size), InstitutionDirectory.Row::id);

    public void search() {
        InstitutionTier chosen = tier == null || tier.isBlank() ? null : InstitutionTier.valueOf(tier);
        query = new InstitutionDirectory.Query(prefecture, chosen, text);
    }

    /** The same selection as CSV, streamed by the export servlet. */
    public void export() throws java.io.IOException {
        search();
        jp.medsec.web.documents.Downloads.redirect("/staff/documents/institutions.csv",
                "prefecture", query.prefecture() == null ? null : query.prefecture().toString(),
                "tier", query.tier() == null ? null : query.tier().name(),
                "text", query.text() == null || query.text().isBlank() ? null : query.text().strip());
    }

    /** Registers the institution and opens its page. */
    public String register() {
        if (newPrefecture == null || newBeds == null) {
            jp.medsec.web.faces.FacesMessages.error(newPrefecture == null ? "prefecture: required" : "beds: required");
            return null;
        }
        try {
            long id = registry.register(newCode == null ? "" : newCode, newName == null ? "" : newName, newPrefecture, newMunicipality, newBeds, newKind,
                    newCorporateGroup, newTier, newCritical, newOnPremises);
            return "/staff/institution?faces-redirect=true&id=" + id;
        } catch (RuntimeException e) {
            if (!jp.medsec.web.faces.FacesMessages.showRefusal(e)) {
                throw e;
            }
            return null;
        }
    }

    public jp.medsec.institution.InstitutionKind[] getKinds() {
        return jp.medsec.institution.InstitutionKind.values();
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public Integer getNewPrefecture() {
        return newPrefecture;
    }

    public void setNewPrefecture(Integer newPrefecture) {
        this.newPrefecture = newPrefecture;
    }

    public String getNewMunicipality() {
        return newMunicipality;
    }

    public void setNewMunicipality(String newMunicipality) {
        this.newMunicipality = newMunicipality;
    }

    public Integer getNewBeds() {
        return newBeds;
    }

    public void setNewBeds(Integer newBeds) {
        this.newBeds = newBeds;
    }

    public jp.medsec.institution.InstitutionKind getNewKind() {
        return newKind;
    }

    public void setNewKind(jp.medsec.institution.InstitutionKind newKind) {
        this.newKind = newKind;
    }

    public String getNewCorporateGroup() {
        return newCorporateGroup;
    }

    public void setNewCorporateGroup(String newCorporateGroup) {
        this.newCorporateGroup = newCorporateGroup;
    }

    public InstitutionTier getNewTier() {
        return newTier;
    }

    public void setNewTier(InstitutionTier newTier) {
        this.newTier = newTier;
    }

    public boolean isNewCritical() {
        return newCritical;
    }

    public void setNewCritical(boolean newCritical) {
        this.newCritical = newCritical;
    }

    public boolean isNewOnPremises() {
        return newOnPremises;
    }

    public void setNewOnPremises(boolean newOnPremises) {
        this.newOnPremises = newOnPremises;
    }

    public LazyDataModel<InstitutionDirectory.Row> getInstitutions() {
        return institutions;
    }

    public List<Prefecture> getPrefectures() {
        if (prefectures == null) {
            prefectures = prefectureRepository.findAll();
        }
        return prefectures;
    }

    public Prefecture prefectureOf(int code) {
        return getPrefectures().stream().filter(p -> p.getCode() == code).findFirst().orElse(null);
    }

    public InstitutionTier[] getTiers() {
        return InstitutionTier.values();
    }

    public Integer getPrefecture() {
        return prefecture;
    }

    public void setPrefecture(Integer prefecture) {
        this.prefecture = prefecture;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier == null || tier.isBlank() || List.of("LEADING", "SELF_DEFENDING", "ASSISTED").contains(tier) ? tier : "";
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
