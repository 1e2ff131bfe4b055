package jp.medsec.web.certification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.certification.CertificationType;
import jp.medsec.certification.DirectoryEntry;
import jp.medsec.certification.DirectorySearch;
import jp.medsec.certification.PublicDirectory;
import jp.medsec.geo.Prefecture;
import jp.medsec.geo.PrefectureRepository;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The public directory: a lazy table over the holders who agreed to be listed. */
@Named
@ViewScoped
public class DirectoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublicDirectory directory;

    @Inject
    private PrefectureRepository prefectures;

    private String name;
    private Integer prefecture;
    private CertificationType type;

    private final LazyDataModel<DirectoryEntry> entries = new jp.medsec.web.faces.PagedModel<>(
            filters -> directory.count(search()),
            (first, pageSize, sortBy, filterBy) -> directory.search(search(), first, pageSize),
            entry -> entry.name() + "|" + entry.kana() + "|" + entry.institution()); // rows are not selected

    private DirectorySearch search() {
        return new DirectorySearch(name == null || name.length() > 50 ? (name == null ? null : name.substring(0, 50)) : name,
                prefecture, type);
    }

    public LazyDataModel<DirectoryEntry> getEntries() {
        return entries;
    }

    public List<Prefecture> getPrefectures() {
        return prefectures.findAll();
    }

    public CertificationType[] getTypes() {
        return CertificationType.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getPrefecture() {
        return prefecture;
    }

    public void setPrefecture(Integer prefecture) {
        this.prefecture = prefecture;
    }

    public CertificationType getType() {
        return type;
    }

    public void setType(CertificationType type) {
        this.type = type;
    }
}
