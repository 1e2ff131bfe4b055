package jp.medsec.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.institution.Institution;
import jp.medsec.institution.InstitutionAccess;
import jp.medsec.shared.NotFound;
import jp.medsec.shared.RuleViolation;

/**
 * Who may see and change an audit (DESIGN.md section 6), for every audit service alike: staff read every audit; an
 * institution officer reads the audits of their own institution and, for a peer check, the audit their institution
 * carries out. Anything else is answered as if it did not exist (404, never 403), so that ids of other institutions'
 * audits, items, findings and evidence reveal nothing.
 * <p>
 * Who answers an audit depends on its kind: a self-assessment the institution's officer, a staff audit staff, a peer
 * check the officers of the auditing institution. Findings are worked (planned, started, resolved) by the audited
 * institution, staff, or the auditing institution. Verifying them is the re-check: staff, and for a peer check the
 * checking hospital too, never the audited institution itself. Evidence is added by the auditor and, for a peer
 * check, by the checked hospital (it supplies the requested documents, DESIGN.md section 4).
 */
@ApplicationScoped
public class AuditAccess {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private InstitutionAccess institutions;

    /** The audit, with its institutions and catalogue, if the caller may read it; else {@link NotFound}. */
    public Audit readable(long auditId) {
        Audit audit = em.createQuery("select a from Audit a join fetch a.institution join fetch a.catalogue "
                        + "left join fetch a.auditingInstitution where a.id = :id", Audit.class)
                .setParameter("id", auditId).getResultStream().findFirst().orElse(null);
        if (audit == null || !mayRead(audit)) {
            throw new NotFound("There is no audit " + auditId);
        }
        return audit;
    }

    /** Staff, the audited institution's officer, or the officer of the institution that carries out a peer check. */
    public boolean mayRead(Audit audit) {
        return institutions.isStaff() || institutions.isOwn(audit.getInstitution().getId()) || isAuditingOfficer(audit);
    }

    /** Whether the caller answers and completes the audit (see the class comment). */
    public boolean isAuditor(Audit audit) {
        return switch (audit.getKind()) {
            case SELF_ASSESSMENT -> institutions.isOwn(audit.getInstitution().getId());
            case STAFF_AUDIT -> institutions.isStaff();
            case PEER_CHECK -> isAuditingOfficer(audit);
        };
    }

    /** The audit, if the caller may answer it; an audit they may read but not answer is refused, others not found. */
    public Audit answerable(long auditId) {
        Audit audit = readable(auditId);
        requireAuditor(audit);
        return audit;
    }

    /** The item, if the caller may read its audit; else {@link NotFound}. */
    public AuditItem readableItem(long itemId) {
        AuditItem item = em.find(AuditItem.class, itemId);
        if (item == null) {
            throw new NotFound("There is no audit item " + itemId);
        }
        readable(item.getAudit().getId());
        return item;
    }

    /** The item, if the caller may answer its audit. */
    public AuditItem answerableItem(long itemId) {
        AuditItem item = readableItem(itemId);
        requireAuditor(item.getAudit());
        return item;
    }

    /** The item, if the caller may add evidence to it: its audit's auditor, or the checked hospital of a peer check. */
    public AuditItem evidenceItem(long itemId) {
        AuditItem item = readableItem(itemId);
        if (!addsEvidence(item.getAudit())) {
            throw new RuleViolation("audit.notAuditor", "Only the auditor of this audit may answer it");
        }
        return item;
    }

    /** Whether the caller adds evidence to the audit's items (see the class comment). */
    public boolean addsEvidence(Audit audit) {
        return isAuditor(audit) || audit.getKind() == AuditKind.PEER_CHECK && institutions.isOwn(audit.getInstitution().getId());
    }

    /** Whether the caller verifies or reopens the audit's findings: staff, or the checking hospital of a peer check. */
    public boolean verifies(Audit audit) {
        return institutions.isStaff() || audit.getKind() == AuditKind.PEER_CHECK && isAuditingOfficer(audit);
    }

    /** The finding, if the caller may verify or reopen it; readable ones are refused, others not found. */
    public Finding verifiableFinding(long findingId) {
        Finding finding = readableFinding(findingId);
        if (!verifies(finding.getAudit())) {
            throw new RuleViolation("finding.notVerifier", "Only staff or the checking hospital verify this finding");
        }
        return finding;
    }

    /** The finding, if the caller may read its audit; else {@link NotFound}. */
    public Finding readableFinding(long findingId) {
        Finding finding = em.find(Finding.class, findingId);
        if (finding == null) {
            throw new NotFound("There is no finding " + findingId);
        }
        readable(finding.getAudit().getId());
        return finding;
    }

    /** The finding, if the caller may work on it: its institution, staff, or the institution carrying out its audit. */
    public Finding workableFinding(long findingId) {
        Finding finding = readableFinding(findingId);
        Audit audit = finding.getAudit();
        if (!(institutions.isOwn(audit.getInstitution().getId()) || institutions.isStaff() || isAuditingOfficer(audit))) {
            throw new NotFound("There is no such finding");
        }
        return finding;
    }

    /** The institution, if the caller may read it (for lists of an institution's audits and findings). */
    public Institution readableInstitution(long institutionId) {
        return institutions.readable(institutionId);
    }

    public boolean isStaff() {
        return institutions.isStaff();
    }

    public boolean isOwn(long institutionId) {
        return institutions.isOwn(institutionId);
    }

    public String callerName() {
        return institutions.callerName();
    }

    private void requireAuditor(Audit audit) {
        if (!isAuditor(audit)) {
            throw new RuleViolation("audit.notAuditor", "Only the auditor of this audit may answer it");
        }
    }

    private boolean isAuditingOfficer(Audit audit) {
        Institution auditing = audit.getAuditingInstitution();
        return auditing != null && audit.isAuditorAccessOpen() && institutions.isOwn(auditing.getId());
    }
}
