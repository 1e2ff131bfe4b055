package jp.medsec.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.account.CurrentAccount;
import jp.medsec.account.Role;
import jp.medsec.personnel.ManagementMode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A holder's own placements in institutions' security organisations: those awaiting their answer, which they confirm
 * or decline, and those they confirmed. Always the signed-in account's holder; a placement of anyone else is answered
 * as if it did not exist.
 */
@Stateless
@RolesAllowed(Role.HOLDER_NAME)
public class MyPlacements {

    /** A placement as the person sees it: where, in which role, how. */
    public record MyPlacement(long id, String institution, SecurityRoleKind role, String department, ManagementMode duty,
                              LocalDate since, PlacementConsent consent) implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private CurrentAccount currentAccount;

    private final Clock clock = Clock.systemUTC();

    /** Proposed by an institution's officer, awaiting the holder's answer. */
    public List<MyPlacement> pending() {
        return mine(PlacementConsent.PENDING);
    }

    /** The roles the holder agreed to hold (registered). */
    public List<MyPlacement> confirmed() {
        return mine(PlacementConsent.CONFIRMED);
    }

    public void confirm(long placementId) {
        SecurityRole placement = own(placementId);
        placement.confirmBy(caller().username(), clock.instant());
    }

    public void decline(long placementId) {
        SecurityRole placement = own(placementId);
        placement.declineBy(caller().username(), clock.instant());
    }

    private List<MyPlacement> mine(PlacementConsent consent) {
        return em.createQuery("select r, i.name, d.name from SecurityRole r join Institution i on i.id = r.institutionId "
                        + "left join SecurityDepartment d on d.id = r.departmentId "
                        + "where r.holderId = :h and r.consent = :c order by r.id", Object[].class)
                .setParameter("h", holderId()).setParameter("c", consent).getResultList().stream()
                .map(row -> {
                    SecurityRole r = (SecurityRole) row[0];
                    return new MyPlacement(r.getId(), (String) row[1], r.getRole(), (String) row[2], r.getDuty(),
                            r.getSince(), r.getConsent());
                }).toList();
    }

    private SecurityRole own(long placementId) {
        SecurityRole placement = em.find(SecurityRole.class, placementId);
        if (placement == null || placement.getHolderId() != holderId()) {
            throw new jp.medsec.shared.NotFound("There is no placement " + placementId + " of yours");
        }
        return placement;
    }

    private long holderId() {
        Long holderId = caller().holderId();
        if (holderId == null) {
            throw new IllegalStateException("This account is linked to no holder");
        }
        return holderId;
    }

    private CurrentAccount.Caller caller() {
        return currentAccount.caller().orElseThrow(() -> new IllegalStateException("No signed-in account"));
    }
}
