package jp.medsec.web.certification;

import jp.medsec.certification.CertificationStatus;
import jp.medsec.certification.CertificationType;
import jp.medsec.certification.HolderSearch;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HolderSearchViewTest {

    private static FilterMeta filter(String field, Object value) {
        return FilterMeta.builder().field(field).filterValue(value).build();
    }

    @Test
    void tableFiltersBecomeASearch() {
        HolderSearch search = HolderSearchView.searchFrom(Map.of(
                "text", filter("text", " やまだ "),
                "type", filter("type", "SENIOR_HIT"),
                "status", filter("status", "RENEWAL_DUE"),
                "prefecture", filter("prefecture", "13")));
        assertEquals(new HolderSearch("やまだ", CertificationType.SENIOR_HIT, CertificationStatus.RENEWAL_DUE, 13), search);
    }

    @Test
    void unknownOrOutOfRangeFilterValuesAreIgnored() {
        HolderSearch search = HolderSearchView.searchFrom(Map.of(
                "type", filter("type", "NOPE"), "prefecture", filter("prefecture", "99"), "status", filter("status", "")));
        assertEquals(HolderSearch.ALL, search);
        assertEquals(HolderSearch.ALL, HolderSearchView.searchFrom(null));
    }

    @Test
    void sortFollowsTheColumn() {
        assertEquals(HolderSearch.Sort.KANA, HolderSearchView.sortFrom(Map.of()));
        Map<String, SortMeta> byPrefecture = Map.of("prefecture",
                SortMeta.builder().field("prefecture").order(SortOrder.DESCENDING).build());
        assertEquals(HolderSearch.Sort.PREFECTURE, HolderSearchView.sortFrom(byPrefecture));
        assertFalse(HolderSearchView.ascending(byPrefecture));
        assertTrue(HolderSearchView.ascending(null));
        assertNull(HolderSearchView.searchFrom(Map.of()).text());
    }
}
