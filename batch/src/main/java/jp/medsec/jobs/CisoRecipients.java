package jp.medsec.jobs;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.organisation.PlacementConsent;
import jp.medsec.organisation.SecurityRoleKind;

import java.util.List;

/**
 * Who a job's mail to a hospital goes to: its CISOs (統括情報セキュリティ責任者) whose placement is confirmed and who
 * have an address. Officer accounts carry no address; the CISO is the person answerable for what the mail says.
 */
@Dependent
public class CisoRecipients {

    /** One recipient: the holder (for the mail's dedup key), the name to greet and the address. */
    public record Recipient(long holderId, String name, String email) {
    }

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    public List<Recipient> of(long institutionId) {
        return em.createQuery("select h.id, h.familyName, h.givenName, h.email from SecurityRole r, Holder h "
                        + "where h.id = r.holderId and r.institutionId = :i and r.role = :ciso and r.consent = :confirmed "
                        + "and h.email is not null order by h.id", Object[].class)
                .setParameter("i", institutionId).setParameter("ciso", SecurityRoleKind.CISO)
                .setParameter("confirmed", PlacementConsent.CONFIRMED).getResultStream()
                .map(o -> new Recipient(((Number) o[0]).longValue(), o[1] + " " + o[2], (String) o[3])).toList();
    }
}
