package jp.medsec.claims;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jp.medsec.account.Role;
import jp.medsec.certification.points.PointEntry;
import jp.medsec.certification.points.PointLedger;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The staff queue of claims: approve (points land in the ledger) or reject with a reason, and pick a random sample for
 * audit. Each decision names the version the deciding person saw; if the claim moved on since, they are told, and
 * nothing changes. Two decisions racing on one claim end with one decision and at most one ledger line.
 */
@Stateless
@RolesAllowed(Role.STAFF_NAME)
public class ClaimReview {

    public enum Filter {
        SUBMITTED, AUDIT_SAMPLE, ALL
    }

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private PointLedger ledger;

    @Resource
    private SessionContext context;

    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();

    public List<ClaimRow> queue(Filter filter) {
        String where = switch (filter == null ? Filter.SUBMITTED : filter) {
            case SUBMITTED -> " where c.state = jp.medsec.claims.ClaimState.SUBMITTED";
            case AUDIT_SAMPLE -> " where c.auditSample = true";
            case ALL -> "";
        };
        return em.createQuery("select c from Claim c join fetch c.holder join fetch c.evidence" + where
                        + " order by c.submittedAt", Claim.class)
                .setMaxResults(1000)
                .getResultList().stream().map(ClaimRow::of).toList();
    }

    public void approve(long claimId, int seenVersion) {
        Claim claim = decidable(claimId, seenVersion);
        Instant now = clock.instant();
        PointEntry points = claim.approve(context.getCallerPrincipal().getName(), now);
        flush(claimId); // the versioned update first: a racing decision stops here, before any points are written
        ledger.add(points);
    }

    public void reject(long claimId, int seenVersion, @NotBlank(message = "{claim.reason.required}") String reason) {
        Claim claim = decidable(claimId, seenVersion);
        claim.reject(context.getCallerPrincipal().getName(), reason, clock.instant());
        flush(claimId);
    }

    /** Picks {@code percent}% (rounded up) of the claims not yet sampled, at random, for audit; answers how many. */
    public int sampleForAudit(@Min(1) @Max(100) int percent) {
        List<Claim> candidates = new ArrayList<>(em.createQuery("select c from Claim c where c.auditSample = false",
                Claim.class).getResultList());
        int count = (int) Math.ceil(candidates.size() * percent / 100.0);
        Collections.shuffle(candidates, random);
        candidates.subList(0, count).forEach(Claim::pickForAudit);
        return count;
    }

    /** The evidence file of a claim, for staff to open. */
    public Optional<Evidence> evidence(long claimId) {
        return Optional.ofNullable(em.find(Claim.class, claimId)).map(c -> {
            c.getEvidence().getContent(); // read before the transaction ends
            return c.getEvidence();
        });
    }

    private Claim decidable(long claimId, int seenVersion) {
        Claim claim = em.find(Claim.class, claimId, LockModeType.OPTIMISTIC);
        if (claim == null) {
            throw new jp.medsec.shared.NotFound("There is no claim " + claimId);
        }
        if (claim.getVersion() != seenVersion || claim.getState() != ClaimState.SUBMITTED) {
            throw new ClaimConflictException(claimId, "Claim " + claimId + " was decided by " + claim.getDecidedBy()
                    + " while you were looking at it (" + claim.getState() + "); your decision was not applied");
        }
        return claim;
    }

    /** Writes now, so that a decision racing another fails here, where the deciding person can be told. */
    private void flush(long claimId) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ClaimConflictException(claimId, "Claim " + claimId
                    + " was decided by someone else at the same moment; your decision was not applied");
        }
    }
}
