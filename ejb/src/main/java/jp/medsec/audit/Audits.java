package jp.medsec.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
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
import jp.medsec.institution.InstitutionTier;
import jp.medsec.organisation.OrganisationEvaluator;
import jp.medsec.organisation.OrganisationFacts;
import jp.medsec.organisation.SecurityRoleKind;
import jp.medsec.shared.InputRejected;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.shared.NotFound;
import jp.medsec.shared.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Institution audits (DESIGN.md sections 2 and 4): an officer's self-assessment of their own institution, a staff
 * audit of any, or a peer check (相互チェック) of one institution carried out by another, against the institution's
 * tier catalogue or an MHLW checklist; items the system can judge are pre-filled with the reason; every NOT_MET or
 * PARTIAL answer opens a finding ({@link Findings}). Who may reach which audit is {@link AuditAccess}'s answer: any
 * other id is "not found". The audit's page is read from {@link AuditReadModel}, its evidence kept by
 * {@link AuditEvidenceFiles}, its report printed by {@link AuditReports}.
 */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.INSTITUTION_OFFICER_NAME})
public class Audits {

    /** A line of an institution's audit list. */
    public record AuditSummary(long id, String title, AuditKind kind, Instant startedAt, Instant completedAt,
                               long openFindings, long overdueFindings) implements java.io.Serializable {
    }

    @Inject
    private Instance<RequirementEvaluator> evaluators;

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private InstitutionAccess institutions;

    @Inject
    private AuditAccess access;

    @Inject
    private Catalogues catalogues;

    @Inject
    private OrganisationFacts organisationFacts;

    /** Starts an audit of the institution against its tier's current catalogue, pre-filled where the system can judge. */
    public long start(long institutionId, String title) {
        return start(institutionId, title, null);
    }

    /**
     * Starts an audit against the given catalogue: the institution's tier catalogue (null: the current one) or an MHLW
     * checklist institution form. Any other catalogue is refused. An officer starts a self-assessment of their own
     * institution, staff a staff audit of any.
     */
    public long start(long institutionId, String title, String catalogueCode) {
        Institution institution;
        AuditKind kind;
        if (institutions.isOwn(institutionId)) {
            institution = institutions.changeable(institutionId);
            kind = AuditKind.SELF_ASSESSMENT;
        } else if (institutions.isStaff()) {
            institution = institutions.readable(institutionId);
            kind = AuditKind.STAFF_AUDIT;
        } else {
            throw new NotFound("There is no institution " + institutionId);
        }
        Catalogue catalogue = catalogueFor(institution, catalogueCode);
        String name = title == null || title.isBlank()
                ? (kind == AuditKind.SELF_ASSESSMENT ? "自己評価 " : "事務局監査 ") + JapaneseDates.today() : title;
        return begin(new Audit(institution, catalogue, catalogues.items(catalogue), kind, name, access.callerName(),
                Instant.now()));
    }

    /**
     * Staff start a peer check (相互チェック) of one institution carried out by another, LEADING, institution, whose
     * officers then answer it (DESIGN.md section 4). The catalogue is chosen as for {@link #start(long, String, String)}.
     */
    @RolesAllowed(Role.STAFF_NAME)
    public long startPeerCheck(long institutionId, long auditingInstitutionId, String title, String catalogueCode) {
        Institution institution = existing(institutionId);
        Institution auditing = existing(auditingInstitutionId);
        if (institutionId != auditingInstitutionId && auditing.getTier() != InstitutionTier.LEADING) {
            throw new RuleViolation("audit.auditorNotLeading", "Only a LEADING institution carries out peer checks: "
                    + auditing.getName() + " is " + auditing.getTier(), auditing.getName());
        }
        Catalogue catalogue = catalogueFor(institution, catalogueCode);
        String name = title == null || title.isBlank() ? "相互チェック " + JapaneseDates.today() : title;
        return begin(Audit.peerCheck(institution, auditing, catalogue, catalogues.items(catalogue), name,
                access.callerName(), Instant.now()));
    }

    /** Re-runs the system's judgement (e.g. after the organisation or someone's certification changed). */
    public void refresh(long auditId) {
        Audit audit = access.readable(auditId);
        if (audit.isCompleted()) {
            throw new RuleViolation("audit.completed", "The audit is completed: its answers are final");
        }
        prefill(audit);
    }

    /** A person's answer to one item; NOT_MET or PARTIAL opens a finding (a finding not yet worked on is withdrawn if the answer changes back). */
    public void answer(long itemId, @NotNull AuditStatus status, String note, @NotNull LocalDate effectiveDate) {
        AuditItem item = access.answerableItem(itemId);
        item.answer(status, note, effectiveDate, access.callerName(), Instant.now());
        settleFinding(item, () -> defaultOwner(organisationFacts.of(item.getAudit().getInstitution().getId())));
    }

    /** One item's answer in a save of many. */
    public record Answer(AuditStatus status, String note) implements java.io.Serializable {
    }

    /**
     * Many answers in one save, all or none (one transaction): each as {@link #answer} would, for items of this audit
     * only; answers the number saved.
     */
    public int answerAll(long auditId, @NotNull Map<Long, Answer> answers, @NotNull LocalDate effectiveDate) {
        access.answerable(auditId);
        int saved = 0;
        for (Map.Entry<Long, Answer> entry : answers.entrySet()) {
            if (entry.getValue() == null || entry.getValue().status() == null) {
                continue;
            }
            AuditItem item = access.answerableItem(entry.getKey());
            if (!item.getAudit().getId().equals(auditId)) {
                throw new jp.medsec.shared.NotFound("No such item in this audit: " + entry.getKey());
            }
            answer(entry.getKey(), entry.getValue().status(), entry.getValue().note(), effectiveDate);
            saved++;
        }
        return saved;
    }

    public void complete(long auditId) {
        access.answerable(auditId).complete(Instant.now());
    }

    /** The auditor's overall opinion (総評) for the report; blank clears it. */
    public void writeSummary(long auditId, String text) {
        access.answerable(auditId).writeSummary(text);
    }

    /** The audits of an institution, newest first, with their open and overdue findings. */
    public List<AuditSummary> of(long institutionId) {
        access.readableInstitution(institutionId);
        LocalDate today = JapaneseDates.today();
        Map<Long, List<Finding>> findings = new HashMap<>();
        em.createQuery("select f from Finding f where f.audit.institution.id = :i", Finding.class)
                .setParameter("i", institutionId).getResultList()
                .forEach(f -> findings.computeIfAbsent(f.getAudit().getId(), k -> new ArrayList<>()).add(f));
        return em.createQuery("select a from Audit a where a.institution.id = :i order by a.startedAt desc", Audit.class)
                .setParameter("i", institutionId).getResultList().stream().map(a -> {
                    List<Finding> own = findings.getOrDefault(a.getId(), List.of());
                    return new AuditSummary(a.getId(), a.getTitle(), a.getKind(), a.getStartedAt(), a.getCompletedAt(),
                            own.stream().filter(f -> f.getState().isOutstanding()).count(),
                            own.stream().filter(f -> f.isOverdue(today)).count());
                }).toList();
    }

    // ------------------------------------------------------------------ internals

    private long begin(Audit audit) {
        em.persist(audit);
        prefill(audit);
        return audit.getId();
    }

    /** The named catalogue, or the institution's current tier catalogue; one that does not apply is refused. */
    private Catalogue catalogueFor(Institution institution, String catalogueCode) {
        Catalogue catalogue = catalogueCode == null || catalogueCode.isBlank()
                ? catalogues.currentForTier(institution.getTier())
                        .orElseThrow(() -> new IllegalStateException("No current catalogue for " + institution.getTier()))
                : catalogues.byCode(catalogueCode).orElseThrow(() -> new NotFound("catalogue: no catalogue " + catalogueCode));
        boolean fits = catalogue.getFramework() == Framework.MHLW_INSTITUTION
                || (catalogue.getFramework() == Framework.TIER && catalogue.getTier() == institution.getTier());
        if (!fits) {
            throw new RuleViolation("audit.wrongCatalogue", catalogue.getCode() + " does not apply to this institution",
                    catalogue.getCode());
        }
        return catalogue;
    }

    /** An institution staff name for a peer check: one that does not exist is refused as input. */
    private Institution existing(long institutionId) {
        Institution institution = em.find(Institution.class, institutionId);
        if (institution == null) {
            throw new InputRejected("audit.noSuchInstitution", "There is no institution " + institutionId, institutionId);
        }
        return institution;
    }

    /** Every item some subject's evaluator judges is pre-filled with its verdict (see {@link RequirementEvaluator}). */
    private void prefill(Audit audit) {
        long institutionId = audit.getInstitution().getId();
        LocalDate today = JapaneseDates.today();
        List<AuditItem> items = em.createQuery("select i from AuditItem i join fetch i.requirement where i.audit = :a",
                AuditItem.class).setParameter("a", audit).getResultList();
        Set<String> codes = items.stream().map(i -> i.getRequirement().getEvaluatorCode())
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, Verdict> verdicts = new HashMap<>();
        for (RequirementEvaluator evaluator : evaluators) {
            Set<String> judged = new HashSet<>(codes);
            judged.retainAll(evaluator.codes());
            if (!judged.isEmpty()) {
                verdicts.putAll(evaluator.evaluate(institutionId, judged, today));
            }
        }
        Supplier<String> owner = new Supplier<>() {
            private String name;

            @Override
            public String get() {
                if (name == null) {
                    name = defaultOwner(organisationFacts.of(institutionId));
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
    private void settleFinding(AuditItem item, Supplier<String> owner) {
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
}
