package jp.medsec.dashboard;

import jp.medsec.certification.CertificationStatus;
import jp.medsec.certification.CertificationType;
import jp.medsec.geo.Prefecture;
import jp.medsec.institution.InstitutionTier;

import java.util.List;
import java.util.Map;

/**
 * The staff dashboard's figures, all counted in the database at the moment of asking.
 *
 * @param certifications            certifications by type and status
 * @param holders                   number of holders
 * @param institutionsByTier        institutions by tier
 * @param prefecturesWithoutLeading prefectures that do not yet have a LEADING hospital (the goal is at least one)
 */
public record DashboardFigures(Map<CertificationType, Map<CertificationStatus, Long>> certifications, long holders,
                               Map<InstitutionTier, Long> institutionsByTier, List<Prefecture> prefecturesWithoutLeading) {

    public long certificationCount(CertificationType type, CertificationStatus status) {
        return certifications.getOrDefault(type, Map.of()).getOrDefault(status, 0L);
    }

    public long certificationTotal(CertificationType type) {
        return certifications.getOrDefault(type, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    public long institutionTotal() {
        return institutionsByTier.values().stream().mapToLong(Long::longValue).sum();
    }
}
