package jp.medsec.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.account.Role;
import jp.medsec.history.Revision;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An audit as its page shows it and its history, for whoever may read the audit ({@link AuditAccess}); any other id is
 * "not found".
 */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.INSTITUTION_OFFICER_NAME})
public class AuditReadModel {

    /**
     * An audit as its page shows it; {@code callerAnswers} tells whether the caller is its auditor (answers its items
     * and completes it), {@code callerAddsEvidence} whether they add evidence, {@code callerVerifies} whether they
     * verify and reopen its findings ({@link AuditAccess}).
     */
    public record AuditView(Audit audit, List<AuditItem> items, Map<Long, Finding> findingByItem,
                            Map<Long, List<AuditEvidence>> evidenceByItem, long unanswered, boolean callerAnswers,
                            boolean callerAddsEvidence, boolean callerVerifies) implements java.io.Serializable {

        public Finding finding(AuditItem item) {
            return findingByItem.get(item.getId());
        }

        public List<AuditEvidence> evidence(AuditItem item) {
            return evidenceByItem.getOrDefault(item.getId(), List.of());
        }

        public List<Finding> findings() {
            return items.stream().map(i -> findingByItem.get(i.getId())).filter(Objects::nonNull).toList();
        }

        /** Completed, and every finding verified. */
        public boolean isClosed() {
            return audit.isCompleted() && findings().stream().allMatch(f -> f.getState() == FindingState.VERIFIED);
        }
    }

    /** One change in an audit's history: when, by whom, to what (an item's answer or a finding's state). */
    public record HistoryLine(Instant at, String by, String subject, String state) {
    }

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private AuditAccess access;

    public AuditView view(long auditId) {
        Audit audit = access.readable(auditId);
        List<AuditItem> items = em.createQuery("select i from AuditItem i join fetch i.requirement where i.audit = :a "
                + "order by i.requirement.sortOrder", AuditItem.class).setParameter("a", audit).getResultList();
        Map<Long, Finding> findings = new HashMap<>();
        em.createQuery("select f from Finding f where f.audit = :a", Finding.class).setParameter("a", audit).getResultList()
                .forEach(f -> findings.put(f.getItem().getId(), f));
        Map<Long, List<AuditEvidence>> evidence = new HashMap<>();
        em.createQuery("select e from AuditEvidence e where e.item.audit = :a order by e.addedAt", AuditEvidence.class)
                .setParameter("a", audit).getResultList()
                .forEach(e -> evidence.computeIfAbsent(e.getItem().getId(), k -> new ArrayList<>()).add(e));
        long unanswered = items.stream().filter(i -> i.getStatus() == null).count();
        return new AuditView(audit, items, findings, evidence, unanswered, access.isAuditor(audit),
                access.addsEvidence(audit), access.verifies(audit));
    }

    /** Every recorded change to the audit's items and findings, newest first (Envers). */
    public List<HistoryLine> history(long auditId) {
        access.readable(auditId);
        AuditReader reader = AuditReaderFactory.get(em);
        List<HistoryLine> lines = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> items = reader.createQuery().forRevisionsOfEntity(AuditItem.class, false, false)
                .add(AuditEntity.relatedId("audit").eq(auditId)).getResultList();
        for (Object[] row : items) {
            AuditItem state = (AuditItem) row[0];
            Revision revision = (Revision) row[1];
            lines.add(new HistoryLine(revision.getChangedAt(), revision.getChangedBy(), state.getRequirement().getCode(),
                    (state.getStatus() == null ? "—" : JapaneseLabels.STATUS.get(state.getStatus()))
                            + (state.getNote() == null ? "" : "（" + state.getNote() + "）")));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> findings = reader.createQuery().forRevisionsOfEntity(Finding.class, false, false)
                .add(AuditEntity.relatedId("audit").eq(auditId)).getResultList();
        for (Object[] row : findings) {
            Finding state = (Finding) row[0];
            Revision revision = (Revision) row[1];
            lines.add(new HistoryLine(revision.getChangedAt(), revision.getChangedBy(),
                    "指摘 " + state.getItem().getRequirement().getCode(), JapaneseLabels.STATE.get(state.getState()) + " / "
                    + JapaneseLabels.SEVERITY.get(state.getSeverity()) + " / " + state.getOwner() + " / " + state.getDueDate()));
        }
        lines.sort(Comparator.comparing(HistoryLine::at).reversed());
        return lines;
    }
}
