package jp.medsec.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.certification.HolderRegistry;
import jp.medsec.certification.HolderSearch;
import jp.medsec.certification.HolderSummary;
import jp.medsec.institution.InstitutionDirectory;

import java.util.List;

/**
 * {@code /staff/search.xhtml?q=}: the header's one search box for staff. A holder by name (kanji or kana), e-mail or
 * certificate number; an institution by name or code. The first {@value #SHOWN} of each, with the count of all and a
 * link to the full, filterable list.
 */
@Named
@RequestScoped
public class GlobalSearchView {

    public static final int SHOWN = 20;

    @Inject
    private HolderRegistry holders;

    @Inject
    private InstitutionDirectory institutions;

    private String q;
    private List<HolderSummary> holderHits = List.of();
    private long holderCount;
    private List<InstitutionDirectory.Row> institutionHits = List.of();
    private long institutionCount;

    public void load() {
        if (q == null || q.isBlank()) {
            return;
        }
        q = q.strip();
        if (q.length() > 100) {
            q = q.substring(0, 100);
        }
        HolderSearch search = new HolderSearch(q, null, null, null);
        holderCount = holders.count(search);
        holderHits = holderCount == 0 ? List.of() : holders.search(search, HolderSearch.Sort.KANA, true, 0, SHOWN);
        InstitutionDirectory.Query query = new InstitutionDirectory.Query(null, null, q);
        institutionCount = institutions.count(query);
        institutionHits = institutionCount == 0 ? List.of() : institutions.search(query, 0, SHOWN);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    public List<HolderSummary> getHolderHits() {
        return holderHits;
    }

    public long getHolderCount() {
        return holderCount;
    }

    public List<InstitutionDirectory.Row> getInstitutionHits() {
        return institutionHits;
    }

    public long getInstitutionCount() {
        return institutionCount;
    }
}
