package jp.medsec.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.certification.CertificationStatus;
import jp.medsec.certification.CertificationType;
import jp.medsec.dashboard.DashboardFigures;
import jp.medsec.dashboard.StaffDashboard;
import jp.medsec.institution.InstitutionTier;

import java.util.List;

/** The staff dashboard: certifications by type and status, institutions by tier, prefectures without LEADING. */
@Named
@RequestScoped
public class StaffDashboardView {

    @Inject
    private StaffDashboard dashboard;

    private DashboardFigures figures;

    @PostConstruct
    void load() {
        figures = dashboard.figures();
    }

    public DashboardFigures getFigures() {
        return figures;
    }

    public List<CertificationType> getTypes() {
        return List.of(CertificationType.values());
    }

    public List<CertificationStatus> getStatuses() {
        return List.of(CertificationStatus.values());
    }

    public List<InstitutionTier> getTiers() {
        return List.of(InstitutionTier.values());
    }

    /** Width of a tier's bar as a percentage of the largest tier, for the bar chart. */
    public long tierBarPercent(InstitutionTier tier) {
        long max = figures.institutionsByTier().values().stream().mapToLong(Long::longValue).max().orElse(0);
        return max == 0 ? 0 : Math.round(100.0 * figures.institutionsByTier().get(tier) / max);
    }

    public long statusBarPercent(CertificationType type, CertificationStatus status) {
        long total = figures.certificationTotal(type);
        return total == 0 ? 0 : Math.round(100.0 * figures.certificationCount(type, status) / total);
    }
}
