package jp.medsec.notification;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.organisation.PlacementConsent;
import jp.medsec.organisation.SecurityRoleKind;

import java.util.List;

/**
 * Who a mail to a hospital goes to (a job's or a service's): its CISOs (統括情報セキュリティ責任者) whose placement is confirmed and who
 * have an address. Officer accounts carry no address; the CISO is the person answerable for what the mail says.
 */
@Dependent
public class CisoRecipients {

    /**
     * SQL: whether the institution whose id is the column {@code %s} has such a recipient, for a job that reads only the
     * institutions it will write to (the same conditions as {@link #of}).
     */
    public static final String EXISTS_FOR = "EXISTS (SELECT 1 FROM security_role r JOIN holder h ON h.id = r.holder_id "
            + "WHERE r.institution_id = %s AND r.role = 'CISO' AND r.consent = 'CONFIRMED' AND h.email IS NOT NULL)";

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
