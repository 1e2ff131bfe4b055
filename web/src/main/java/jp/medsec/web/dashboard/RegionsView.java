package jp.medsec.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.audit.Severity;
import jp.medsec.dashboard.RegionalDashboard;
import jp.medsec.institution.InstitutionTier;

import java.util.List;

/** The regional dashboard ({@code /staff/regions.xhtml}): per prefecture, the LEADING goal, tiers and findings. */
@Named
@RequestScoped
public class RegionsView {

    @Inject
    private RegionalDashboard dashboard;

    private List<RegionalDashboard.PrefectureFigures> rows;
    private long maxInstitutions;
    private long maxOpen;

    @PostConstruct
    void load() {
        rows = dashboard.prefectures();
        maxInstitutions = Math.max(1, rows.stream().mapToLong(r -> r.tiers().values().stream().mapToLong(Long::longValue).sum())
                .max().orElse(1));
        maxOpen = Math.max(1, rows.stream().mapToLong(RegionalDashboard.PrefectureFigures::openTotal).max().orElse(1));
    }

    /** Width in percent of a bar for a count of institutions. */
    public long institutionBar(long count) {
        return Math.round(100.0 * count / maxInstitutions);
    }

    public long findingBar(long count) {
        return Math.round(100.0 * count / maxOpen);
    }

    public long withoutLeading() {
        return rows.stream().filter(r -> !r.meetsLeadingGoal()).count();
    }

    public long totalOverdue() {
        return rows.stream().mapToLong(RegionalDashboard.PrefectureFigures::overdue).sum();
    }

    public long totalOpen(Severity severity) {
        return rows.stream().mapToLong(r -> r.open(severity)).sum();
    }

    public List<RegionalDashboard.PrefectureFigures> getRows() {
        return rows;
    }

    public InstitutionTier[] getTiers() {
        return InstitutionTier.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }
}
