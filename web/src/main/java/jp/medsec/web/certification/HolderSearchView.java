package jp.medsec.web.certification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.certification.CertificationStatus;
import jp.medsec.certification.CertificationType;
import jp.medsec.certification.HolderRegistry;
import jp.medsec.certification.HolderSearch;
import jp.medsec.certification.HolderSummary;
import jp.medsec.geo.Prefecture;
import jp.medsec.geo.PrefectureRepository;
import org.primefaces.model.FilterMeta;
import jp.medsec.web.faces.PagedModel;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Holder search: a lazy table whose filters, sort and page all go to the database ({@link HolderRegistry}); nothing
 * beyond the visible page is held in memory.
 */
@Named
@ViewScoped
public class HolderSearchView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HolderRegistry registry;

    @Inject
    private PrefectureRepository prefectures;

    /** The filters of the list as last shown, for its CSV (as query parameters, in order: text, type, status, prefecture). */
    private String[] shown = new String[4];

    private final LazyDataModel<HolderSummary> holders = new PagedModel<>(filters -> registry.count(remember(searchFrom(filters))),
            (first, size, sort, filters) -> registry.search(searchFrom(filters), sortFrom(sort), ascending(sort), first, size),
            HolderSummary::id);

    /** The status filter's value: {@code ?status=RENEWAL_DUE} opens the list already filtered (the work queue's link). */
    private String status;

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = enumValue(CertificationStatus.class, status) == null ? null : status;
    }

    private HolderSearch remember(HolderSearch search) {
        shown = new String[]{search.text(), search.type() == null ? null : search.type().name(),
                search.status() == null ? null : search.status().name(),
                search.prefectureCode() == null ? null : search.prefectureCode().toString()};
        return search;
    }

    /** The CSV of the list with the filters it shows now (every page, not only the visible one). */
    public void export() throws java.io.IOException {
        jp.medsec.web.documents.Downloads.redirect("/staff/documents/holders.csv", "text", shown[0], "type", shown[1],
                "status", shown[2] == null ? status : shown[2], "prefecture", shown[3]);
    }

    public LazyDataModel<HolderSummary> getHolders() {
        return holders;
    }

    public List<Prefecture> getPrefectures() {
        return prefectures.findAll();
    }

    public CertificationType[] getTypes() {
        return CertificationType.values();
    }

    public CertificationStatus[] getStatuses() {
        return CertificationStatus.values();
    }

    /** Field names the page's columns use for filtering and sorting. */
    static HolderSearch searchFrom(Map<String, FilterMeta> filters) {
        return new HolderSearch(
                text(filters, "text"),
                enumValue(CertificationType.class, text(filters, "type")),
                enumValue(CertificationStatus.class, text(filters, "status")),
                integer(text(filters, "prefecture")));
    }

    static HolderSearch.Sort sortFrom(Map<String, SortMeta> sortBy) {
        if (sortBy == null || sortBy.isEmpty()) {
            return HolderSearch.Sort.KANA;
        }
        return switch (sortBy.values().iterator().next().getField()) {
            case "name" -> HolderSearch.Sort.NAME;
            case "prefecture" -> HolderSearch.Sort.PREFECTURE;
            case "id" -> HolderSearch.Sort.ID;
            default -> HolderSearch.Sort.KANA;
        };
    }

    static boolean ascending(Map<String, SortMeta> sortBy) {
        return sortBy == null || sortBy.isEmpty() || sortBy.values().iterator().next().getOrder() != SortOrder.DESCENDING;
    }

    private static String text(Map<String, FilterMeta> filters, String field) {
        FilterMeta meta = filters == null ? null : filters.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer integer(String value) {
        if (value == null) {
            return null;
        }
        try {
            int code = Integer.parseInt(value);
            return code >= 1 && code <= 47 ? code : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
