package jp.medsec.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jp.medsec.account.Role;
import jp.medsec.shared.NotFound;
import jp.medsec.shared.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The evidence of an audit's items (a note, a file or both): added while it is open by the audit's auditor, or by
 * the checked hospital of a peer check (the requested documents), read by
 * whoever may read the audit ({@link AuditAccess}).
 */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.INSTITUTION_OFFICER_NAME})
public class AuditEvidenceFiles {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private AuditAccess access;

    public AuditEvidence addEvidence(long itemId, String note, String fileName, byte[] file, @NotNull LocalDate effectiveDate) {
        AuditItem item = access.evidenceItem(itemId);
        if (item.getAudit().isCompleted()) {
            throw new RuleViolation("audit.completed", "The audit is completed: its answers are final");
        }
        AuditEvidence evidence = new AuditEvidence(item, note, fileName, file, effectiveDate, access.callerName(), Instant.now());
        em.persist(evidence);
        return evidence;
    }

    /** An evidence file, if the caller may read its audit; empty for any other id. */
    public Optional<AuditEvidence> evidence(long evidenceId) {
        AuditEvidence evidence = em.find(AuditEvidence.class, evidenceId);
        if (evidence == null) {
            return Optional.empty();
        }
        try {
            access.readable(evidence.getItem().getAudit().getId());
        } catch (NotFound e) {
            return Optional.empty();
        }
        return Optional.of(evidence);
    }
}
