package jp.medsec.claims;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.medsec.account.CurrentAccount;
import jp.medsec.account.Role;
import jp.medsec.certification.Holder;
import jp.medsec.certification.points.PointCategory;
import jp.medsec.certification.points.PointCategoryRepository;
import jp.medsec.shared.JapaneseDates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** A holder's own claims: submit one with evidence, see how each stands. */
@Stateless
@RolesAllowed(Role.HOLDER_NAME)
public class ClaimDesk {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PointCategoryRepository categories;

    private final Clock clock = Clock.systemUTC();

    public long submit(@NotBlank String category, @Min(1) @Max(Claim.MAX_POINTS) int points, @NotNull LocalDate earnedOn,
                       @NotBlank @Size(max = 300) String description, String evidenceName, @NotNull byte[] evidence) {
        PointCategory kind = categories.inForce(earnedOn).stream().filter(c -> c.getCode().equals(category)).findFirst()
                .orElseThrow(() -> new jp.medsec.shared.NotFound("Unknown point category " + category));
        if (!kind.isClaimable()) {
            throw new jp.medsec.shared.InputRejected("claim.category", "Points of the category " + category + " cannot be claimed", category);
        }
        Claim claim = new Claim(me(), category, points, earnedOn, description, Evidence.of(evidenceName, evidence),
                JapaneseDates.today(), clock.instant());
        em.persist(claim);
        return claim.getId();
    }

    public List<ClaimRow> myClaims() {
        return em.createQuery("select c from Claim c join fetch c.holder join fetch c.evidence where c.holder = :holder "
                        + "order by c.submittedAt desc", Claim.class)
                .setParameter("holder", me())
                .getResultList().stream().map(ClaimRow::of).toList();
    }

    /** Categories a holder may claim, as in force today. */
    public List<PointCategory> claimableCategories() {
        return categories.inForce(JapaneseDates.today()).stream().filter(PointCategory::isClaimable).toList();
    }

    private Holder me() {
        long holderId = currentAccount.caller().map(CurrentAccount.Caller::holderId)
                .orElseThrow(() -> new IllegalStateException("This account is linked to no holder"));
        return em.find(Holder.class, holderId);
    }
}
