package jp.medsec.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jp.medsec.account.Role;
import jp.medsec.compliance.AuditStatus;
import jp.medsec.compliance.RequirementEvaluator;
import jp.medsec.compliance.Verdict;
import jp.medsec.institution.Institution;
import jp.medsec.institution.InstitutionAccess;
import jp.medsec.organisation.OrganisationEvaluator;
import jp.medsec.organisation.SecurityOrganisation;
import jp.medsec.organisation.SecurityRoleKind;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.shared.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Institution audits (DESIGN.md section 2): an officer's self-assessment of their own institution or a staff audit of
 * any, against the institution's tier catalogue; items the system can judge are pre-filled with the reason; every
 * NOT_MET or PARTIAL answer opens a finding that is planned, worked, resolved by the institution and verified by staff.
 * Officers reach only their own institution's audits, findings and evidence: any other id is "not found".
 */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.INSTITUTION_OFFICER_NAME})
public class Audits {

    /** An audit as its page shows it. */
    public record AuditView(Audit audit, List<AuditItem> items, Map<Long, Finding> findingByItem,
                            Map<Long, List<AuditEvidence>> evidenceByItem, long unanswered) {

        public Finding finding(AuditItem item) {
            return findingByItem.get(item.getId());
        }

        public List<AuditEvidence> evidence(AuditItem item) {
            return evidenceByItem.getOrDefault(item.getId(), List.of());
        }

        public List<Finding> findings() {
            return items.stream().map(i -> findingByItem.get(i.getId())).filter(java.util.Objects::nonNull).toList();
        }

        /** Completed, and every finding verified. */
        public boolean isClosed() {
            return audit.isCompleted() && findings().stream().allMatch(f -> f.getState() == FindingState.VERIFIED);
        }
    }

    /** One change in an audit's history: when, by whom, to what (an item's answer or a finding's state). */
    public record HistoryLine(Instant at, String by, String subject, String state) {
    }

    /** A line of an institution's audit list. */
    public record AuditSummary(long id, String title, AuditKind kind, Instant startedAt, Instant completedAt,
                               long openFindings, long overdueFindings) {
    }

    @Inject
    private jakarta.enterprise.inject.Instance<RequirementEvaluator> evaluators;

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private InstitutionAccess access;

    @Inject
    private Catalogues catalogues;

    @Inject
    private SecurityOrganisation organisation;

    /** Starts an audit of the institution against its tier's current catalogue, pre-filled where the system can judge. */
    public long start(long institutionId, String title) {
        return start(institutionId, title, null);
    }

    /**
     * Starts an audit against the given catalogue: the institution's tier catalogue (null: the current one) or an MHLW
     * checklist institution form. Any other catalogue is refused.
     */
    public long start(long institutionId, String title, String catalogueCode) {
        Institution institution;
        AuditKind kind;
        if (access.isOwn(institutionId)) {
            institution = access.changeable(institutionId);
            kind = AuditKind.SELF_ASSESSMENT;
        } else if (access.isStaff()) {
            institution = access.readable(institutionId);
            kind = AuditKind.STAFF_AUDIT;
        } else {
            throw new jp.medsec.shared.NotFound("There is no institution " + institutionId);
        }
        Catalogue catalogue = catalogueCode == null || catalogueCode.isBlank()
                ? catalogues.currentForTier(institution.getTier())
                        .orElseThrow(() -> new IllegalStateException("No current catalogue for " + institution.getTier()))
                : catalogues.byCode(catalogueCode).orElseThrow(() -> new jp.medsec.shared.NotFound("catalogue: no catalogue " + catalogueCode));
        boolean fits = catalogue.getFramework() == Framework.MHLW_INSTITUTION
                || (catalogue.getFramework() == Framework.TIER && catalogue.getTier() == institution.getTier());
        if (!fits) {
            throw new RuleViolation("audit.wrongCatalogue", catalogue.getCode() + " does not apply to this institution",
                    catalogue.getCode());
        }
        List<CatalogueItem> requirements = catalogues.items(catalogue);
        String name = title == null || title.isBlank()
                ? (kind == AuditKind.SELF_ASSESSMENT ? "自己評価 " : "事務局監査 ") + JapaneseDates.today() : title;
        Audit audit = new Audit(institution, catalogue, requirements, kind, name, access.callerName(), Instant.now());
        em.persist(audit);
        prefill(audit);
        return audit.getId();
    }

    /** Re-runs the system's judgement (e.g. after the organisation or someone's certification changed). */
    public void refresh(long auditId) {
        Audit audit = audit(auditId);
        if (audit.isCompleted()) {
            throw new RuleViolation("audit.completed", "The audit is completed: its answers are final");
        }
        prefill(audit);
    }

    public AuditView view(long auditId) {
        Audit audit = audit(auditId);
        List<AuditItem> items = em.createQuery("select i from AuditItem i join fetch i.requirement where i.audit = :a "
                + "order by i.requirement.sortOrder", AuditItem.class).setParameter("a", audit).getResultList();
        Map<Long, Finding> findings = new HashMap<>();
        em.createQuery("select f from Finding f where f.audit = :a", Finding.class).setParameter("a", audit).getResultList()
                .forEach(f -> findings.put(f.getItem().getId(), f));
        Map<Long, List<AuditEvidence>> evidence = new HashMap<>();
        em.createQuery("select e from AuditEvidence e where e.item.audit = :a order by e.addedAt", AuditEvidence.class)
                .setParameter("a", audit).getResultList()
                .forEach(e -> evidence.computeIfAbsent(e.getItem().getId(), k -> new java.util.ArrayList<>()).add(e));
        long unanswered = items.stream().filter(i -> i.getStatus() == null).count();
        return new AuditView(audit, items, findings, evidence, unanswered);
    }

    /** The audit's report as a PDF, for whoever may read the audit. */
    public byte[] report(long auditId) {
        AuditView v = view(auditId);
        Audit a = v.audit();
        java.time.ZoneId japan = JapaneseDates.JAPAN;
        List<AuditReportPdf.Item> items = v.items().stream()
                .map(i -> new AuditReportPdf.Item(i.getRequirement().getCode(),
                        i.getRequirement().getTextJa(), i.getStatus() == null ? "未回答" : STATUS_JA.get(i.getStatus()), i.getNote()))
                .toList();
        LocalDate today = JapaneseDates.today();
        List<AuditReportPdf.FindingLine> findings = v.findings().stream()
                .map(f -> new AuditReportPdf.FindingLine(f.getItem().getRequirement().getCode(),
                        SEVERITY_JA.get(f.getSeverity()), f.getOwner(), f.getDueDate(), STATE_JA.get(f.getState()),
                        f.getRemediation(), f.isOverdue(today)))
                .toList();
        return AuditReportPdf.render(new AuditReportPdf.Facts(
                a.getTitle(), a.getInstitution().getName(), a.getCatalogue().getTitleJa() + "（" + a.getCatalogue().getVersionLabel() + "）",
                a.getKind() == AuditKind.SELF_ASSESSMENT ? "自己評価" : "事務局による監査", a.getStartedBy(),
                LocalDate.ofInstant(a.getStartedAt(), japan),
                a.getCompletedAt() == null ? null : LocalDate.ofInstant(a.getCompletedAt(), japan), items, findings, today,
                jp.medsec.documents.Issuer.NAME));
    }

    private static final Map<AuditStatus, String> STATUS_JA = Map.of(AuditStatus.MET, "充足", AuditStatus.PARTIAL, "一部充足",
            AuditStatus.NOT_MET, "未充足", AuditStatus.NOT_APPLICABLE, "対象外");
    private static final Map<Severity, String> SEVERITY_JA = Map.of(Severity.HIGH, "高", Severity.MEDIUM, "中", Severity.LOW, "低");
    private static final Map<FindingState, String> STATE_JA = Map.of(FindingState.OPEN, "未対応", FindingState.IN_PROGRESS, "対応中",
            FindingState.RESOLVED, "是正済み", FindingState.VERIFIED, "確認済み");

    public List<AuditSummary> of(long institutionId) {
        access.readable(institutionId);
        LocalDate today = JapaneseDates.today();
        Map<Long, List<Finding>> findings = new HashMap<>();
        em.createQuery("select f from Finding f where f.audit.institution.id = :i", Finding.class)
                .setParameter("i", institutionId).getResultList()
                .forEach(f -> findings.computeIfAbsent(f.getAudit().getId(), k -> new java.util.ArrayList<>()).add(f));
        return em.createQuery("select a from Audit a where a.institution.id = :i order by a.startedAt desc", Audit.class)
                .setParameter("i", institutionId).getResultList().stream().map(a -> {
                    List<Finding> own = findings.getOrDefault(a.getId(), List.of());
                    return new AuditSummary(a.getId(), a.getTitle(), a.getKind(), a.getStartedAt(), a.getCompletedAt(),
                            own.stream().filter(f -> f.getState().isOutstanding()).count(),
                            own.stream().filter(f -> f.isOverdue(today)).count());
                }).toList();
    }

    /** Every recorded change to the audit's items and findings, newest first (Envers). */
    public List<HistoryLine> history(long auditId) {
        audit(auditId);
        org.hibernate.envers.AuditReader reader = org.hibernate.envers.AuditReaderFactory.get(em);
        List<HistoryLine> lines = new java.util.ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> items = reader.createQuery().forRevisionsOfEntity(AuditItem.class, false, false)
                .add(org.hibernate.envers.query.AuditEntity.relatedId("audit").eq(auditId)).getResultList();
        for (Object[] row : items) {
            AuditItem state = (AuditItem) row[0];
            jp.medsec.history.Revision revision = (jp.medsec.history.Revision) row[1];
            lines.add(new HistoryLine(revision.getChangedAt(), revision.getChangedBy(), state.getRequirement().getCode(),
                    (state.getStatus() == null ? "—" : STATUS_JA.get(state.getStatus()))
                            + (state.getNote() == null ? "" : "（" + state.getNote() + "）")));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> findings = reader.createQuery().forRevisionsOfEntity(Finding.class, false, false)
                .add(org.hibernate.envers.query.AuditEntity.relatedId("audit").eq(auditId)).getResultList();
        for (Object[] row : findings) {
            Finding state = (Finding) row[0];
            jp.medsec.history.Revision revision = (jp.medsec.history.Revision) row[1];
            lines.add(new HistoryLine(revision.getChangedAt(), revision.getChangedBy(),
                    "指摘 " + state.getItem().getRequirement().getCode(), STATE_JA.get(state.getState()) + " / "
                    + SEVERITY_JA.get(state.getSeverity()) + " / " + state.getOwner() + " / " + state.getDueDate()));
        }
        lines.sort(java.util.Comparator.comparing(HistoryLine::at).reversed());
        return lines;
    }

    /** The institution's open and in-progress findings across its audits, soonest due first. */
    public List<Finding> outstanding(long institutionId) {
        access.readable(institutionId);
        return em.createQuery("select f from Finding f join fetch f.item i join fetch i.requirement join fetch f.audit a "
                        + "where a.institution.id = :i and f.state in :outstanding order by f.dueDate, f.id", Finding.class)
                .setParameter("i", institutionId)
                .setParameter("outstanding", FindingState.OUTSTANDING).getResultList();
    }

    /** A person's answer to one item; NOT_MET or PARTIAL opens a finding (a finding not yet worked on is withdrawn if the answer changes back). */
    public void answer(long itemId, @NotNull AuditStatus status, String note, @NotNull LocalDate effectiveDate) {
        AuditItem item = item(itemId, true);
        item.answer(status, note, effectiveDate, access.callerName(), Instant.now());
        settleFinding(item, () -> defaultOwner(organisation.facts(item.getAudit().getInstitution().getId())));
    }

    public AuditEvidence addEvidence(long itemId, String note, String fileName, byte[] file, @NotNull LocalDate effectiveDate) {
        AuditItem item = item(itemId, true);
        if (item.getAudit().isCompleted()) {
            throw new RuleViolation("audit.completed", "The audit is completed: its answers are final");
        }
        AuditEvidence evidence = new AuditEvidence(item, note, fileName, file, effectiveDate, access.callerName(), Instant.now());
        em.persist(evidence);
        return evidence;
    }

    /** An evidence file, if the caller may read its audit. */
    public Optional<AuditEvidence> evidence(long evidenceId) {
        AuditEvidence evidence = em.find(AuditEvidence.class, evidenceId);
        if (evidence == null) {
            return Optional.empty();
        }
        try {
            audit(evidence.getItem().getAudit().getId());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(evidence);
    }

    public void complete(long auditId) {
        Audit audit = audit(auditId);
        requireAuditor(audit);
        audit.complete(Instant.now());
    }

    // ------------------------------------------------------------------ findings

    public Finding finding(long findingId) {
        Finding finding = em.find(Finding.class, findingId);
        if (finding == null) {
            throw new jp.medsec.shared.NotFound("There is no finding " + findingId);
        }
        audit(finding.getAudit().getId());
        return finding;
    }

    public void plan(long findingId, @NotNull Severity severity, @NotNull String owner, @NotNull LocalDate due) {
        Finding finding = finding(findingId);
        requireInstitutionOrAuditor(finding.getAudit());
        finding.plan(severity, owner, due);
    }

    public void startWork(long findingId, String notes) {
        Finding finding = finding(findingId);
        requireInstitutionOrAuditor(finding.getAudit());
        finding.startWork(notes);
    }

    public void resolve(long findingId, String notes) {
        Finding finding = finding(findingId);
        requireInstitutionOrAuditor(finding.getAudit());
        finding.resolve(notes, Instant.now());
    }

    /** The re-check: staff confirm a resolved finding (an institution never verifies its own). */
    @RolesAllowed(Role.STAFF_NAME)
    public void verify(long findingId) {
        finding(findingId).verify(access.callerName(), Instant.now());
    }

    @RolesAllowed(Role.STAFF_NAME)
    public void reopen(long findingId, String reason) {
        finding(findingId).reopen(reason);
    }

    // ------------------------------------------------------------------ internals

    /** Every item some subject's evaluator judges is pre-filled with its verdict (see {@link RequirementEvaluator}). */
    private void prefill(Audit audit) {
        long institutionId = audit.getInstitution().getId();
        LocalDate today = JapaneseDates.today();
        List<AuditItem> items = em.createQuery("select i from AuditItem i join fetch i.requirement where i.audit = :a",
                AuditItem.class).setParameter("a", audit).getResultList();
        java.util.Set<String> codes = items.stream().map(i -> i.getRequirement().getEvaluatorCode())
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        java.util.Map<String, Verdict> verdicts = new java.util.HashMap<>();
        for (RequirementEvaluator evaluator : evaluators) {
            java.util.Set<String> judged = new java.util.HashSet<>(codes);
            judged.retainAll(evaluator.codes());
            if (!judged.isEmpty()) {
                verdicts.putAll(evaluator.evaluate(institutionId, judged, today));
            }
        }
        java.util.function.Supplier<String> owner = new java.util.function.Supplier<>() {
            private String name;

            @Override
            public String get() {
                if (name == null) {
                    name = defaultOwner(organisation.facts(institutionId));
                }
                return name;
            }
        };
        for (AuditItem item : items) {
            Verdict verdict = verdicts.get(item.getRequirement().getEvaluatorCode());
            if (verdict != null) {
                item.prefill(verdict, today);
                settleFinding(item, owner);
            }
        }
    }

    /** Opens or withdraws the item's finding; the owner is asked for only when a finding is opened. */
    private void settleFinding(AuditItem item, java.util.function.Supplier<String> owner) {
        Finding existing = em.createQuery("select f from Finding f where f.item = :i", Finding.class).setParameter("i", item)
                .getResultStream().findFirst().orElse(null);
        if (item.getStatus() != null && item.getStatus().opensFinding()) {
            if (existing == null) {
                em.persist(Finding.open(item, owner.get(), JapaneseDates.today(), Instant.now()));
            }
        } else if (existing != null && existing.getState() == FindingState.OPEN && existing.getRemediation() == null) {
            em.remove(existing); // answered again as met: the finding nobody worked on is withdrawn (kept in the history)
        }
    }

    /** The CISO (or the safety manager) by default: who answers for the institution's security. */
    private static String defaultOwner(OrganisationEvaluator.Facts facts) {
        return facts.people().stream()
                .filter(p -> p.role() == SecurityRoleKind.CISO || p.role() == SecurityRoleKind.SAFETY_MANAGER)
                .map(OrganisationEvaluator.Person::name).findFirst().orElse("統括情報セキュリティ責任者");
    }

    private Audit audit(long auditId) {
        Audit audit = em.createQuery("select a from Audit a join fetch a.institution join fetch a.catalogue where a.id = :id",
                Audit.class).setParameter("id", auditId).getResultStream().findFirst().orElse(null);
        if (audit == null) {
            throw new jp.medsec.shared.NotFound("There is no audit " + auditId);
        }
        long institutionId = audit.getInstitution().getId();
        if (!(access.isStaff() || access.isOwn(institutionId))) {
            throw new jp.medsec.shared.NotFound("There is no audit " + auditId);
        }
        return audit;
    }

    private AuditItem item(long itemId, boolean toChange) {
        AuditItem item = em.find(AuditItem.class, itemId);
        if (item == null) {
            throw new jp.medsec.shared.NotFound("There is no audit item " + itemId);
        }
        Audit audit = audit(item.getAudit().getId());
        if (toChange) {
            requireAuditor(audit);
        }
        return item;
    }

    /** A self-assessment is answered by the institution's officer, a staff audit by staff. */
    private void requireAuditor(Audit audit) {
        boolean allowed = audit.getKind() == AuditKind.SELF_ASSESSMENT ? access.isOwn(audit.getInstitution().getId())
                : access.isStaff();
        if (!allowed) {
            throw new RuleViolation("audit.notAuditor", "Only the auditor of this audit may answer it");
        }
    }

    private void requireInstitutionOrAuditor(Audit audit) {
        if (!(access.isOwn(audit.getInstitution().getId()) || access.isStaff())) {
            throw new jp.medsec.shared.NotFound("There is no such finding");
        }
    }
}
