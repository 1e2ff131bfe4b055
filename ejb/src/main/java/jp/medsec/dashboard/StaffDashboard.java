package jp.medsec.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.account.Role;
import jp.medsec.certification.CertificationStatus;
import jp.medsec.certification.CertificationType;
import jp.medsec.geo.Prefecture;
import jp.medsec.institution.InstitutionTier;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Figures for the association's dashboard: three grouped counts and one anti-join. */
@Stateless
@RolesAllowed(Role.STAFF_NAME)
public class StaffDashboard {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    public DashboardFigures figures() {
        Map<CertificationType, Map<CertificationStatus, Long>> certifications = new EnumMap<>(CertificationType.class);
        for (Object[] row : em.createQuery("select c.type, c.status, count(c) from Certification c group by c.type, c.status",
                Object[].class).getResultList()) {
            certifications.computeIfAbsent((CertificationType) row[0], t -> new EnumMap<>(CertificationStatus.class))
                    .put((CertificationStatus) row[1], (Long) row[2]);
        }
        long holders = em.createQuery("select count(h) from Holder h", Long.class).getSingleResult();
        Map<InstitutionTier, Long> tiers = new EnumMap<>(InstitutionTier.class);
        for (InstitutionTier tier : InstitutionTier.values()) {
            tiers.put(tier, 0L);
        }
        for (Object[] row : em.createQuery("select i.tier, count(i) from Institution i group by i.tier", Object[].class)
                .getResultList()) {
            tiers.put((InstitutionTier) row[0], (Long) row[1]);
        }
        List<Prefecture> withoutLeading = em.createQuery("select p from Prefecture p where not exists (select i.id from "
                        + "Institution i where i.prefecture = p and i.tier = :leading) order by p.code", Prefecture.class)
                .setParameter("leading", InstitutionTier.LEADING)
                .getResultList();
        return new DashboardFigures(certifications, holders, tiers, withoutLeading);
    }
}
