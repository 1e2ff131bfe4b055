package jp.medsec.web.advisory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.advisory.Advisories;
import jp.medsec.shared.NotFound;
import jp.medsec.web.faces.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * One advisory for staff ({@code /staff/advisory.xhtml?id=}): the text, the rate of its audience that acknowledged it,
 * and its audience institution by institution — all, those who acknowledged (when, who), those who have not — a page
 * at a time.
 */
@Named
@ViewScoped
public class AdvisoryStatsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Advisories advisories;

    private String id;
    private long advisoryId;
    private Advisories.Filter filter = Advisories.Filter.NOT_ACKNOWLEDGED;
    private int first;
    private transient Advisories.Summary summary;
    private transient Advisories.AudiencePage audience;

    public void load() throws IOException {
        if (summary != null) {
            return;
        }
        Long parsed = Pages.id(id).orElse(null);
        if (parsed == null) {
            Pages.notFound("No such advisory");
            return;
        }
        try {
            advisoryId = parsed;
            summary = advisories.summary(advisoryId);
        } catch (NotFound e) {
            Pages.notFound("No such advisory");
        }
    }

    public void filterChanged() {
        first = 0;
        audience = null;
    }

    public void next() {
        if (first + Advisories.AUDIENCE_PAGE < getAudience().matching()) {
            first += Advisories.AUDIENCE_PAGE;
        }
        audience = null;
    }

    public void previous() {
        first = Math.max(0, first - Advisories.AUDIENCE_PAGE);
        audience = null;
    }

    /** Days since publication: the reminder goes once they reach the advisory's days. */
    public long getDaysSincePublished() {
        return Duration.between(getSummary().advisory().getPublishedAt(), Instant.now()).toDays();
    }

    public Advisories.Summary getSummary() {
        if (summary == null && advisoryId != 0) {
            summary = advisories.summary(advisoryId);
        }
        return summary;
    }

    public Advisories.AudiencePage getAudience() {
        if (audience == null && advisoryId != 0) {
            audience = advisories.audience(advisoryId, filter, first);
        }
        return audience;
    }

    public Advisories.Filter[] getFilters() {
        return Advisories.Filter.values();
    }

    public int getFirst() {
        return first;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Advisories.Filter getFilter() {
        return filter;
    }

    public void setFilter(Advisories.Filter filter) {
        this.filter = filter;
    }
}
