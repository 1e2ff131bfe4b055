package jp.medsec.audit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.medsec.institution.Institution;
import jp.medsec.shared.RuleViolation;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An evaluation of one institution against one catalogue version: an item per requirement, each with a status,
 * evidence and, when NOT_MET or PARTIAL, a finding. Completed when every item is answered; closed when, moreover,
 * every finding is verified. A peer check (相互チェック) names the institution that carries it out; other kinds
 * name none.
 */
@Entity
@Table(name = "audit")
@Audited
public class Audit implements java.io.Serializable {

    public static final int SUMMARY_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Institution institution;

    /** Who carries out a {@link AuditKind#PEER_CHECK}; null for the other kinds. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "auditing_institution_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Institution auditingInstitution;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "catalogue_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Catalogue catalogue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditKind kind;

    @Column(nullable = false)
    private String title;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    /** When the auditing institution's access ended (its cycle closed); null while it lasts. */
    @Column(name = "auditor_access_ended_at")
    private Instant auditorAccessEndedAt;

    /** The auditor's overall opinion (総評), printed at the head of the report; null until written. */
    @Column(name = "summary", columnDefinition = "TEXT")
    private String summary;

    @OneToMany(mappedBy = "audit", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    @NotAudited
    private List<AuditItem> items = new ArrayList<>();

    protected Audit() {
    }

    /** A self-assessment or a staff audit: carried out by the institution itself or by staff. */
    public Audit(Institution institution, Catalogue catalogue, List<CatalogueItem> requirements, AuditKind kind,
                 String title, String by, Instant now) {
        this(institution, null, catalogue, requirements, kind, title, by, now);
        if (kind == AuditKind.PEER_CHECK) {
            throw new IllegalArgumentException("A peer check names the institution that carries it out");
        }
    }

    /** A peer check of the institution carried out by another one, which is never the institution itself. */
    public static Audit peerCheck(Institution institution, Institution auditingInstitution, Catalogue catalogue,
                                  List<CatalogueItem> requirements, String title, String by, Instant now) {
        Objects.requireNonNull(auditingInstitution, "The auditing institution is required");
        if (Objects.equals(institution.getId(), auditingInstitution.getId())) {
            throw new RuleViolation("audit.checksItself", "An institution does not check itself: "
                    + institution.getName(), institution.getName());
        }
        return new Audit(institution, auditingInstitution, catalogue, requirements, AuditKind.PEER_CHECK, title, by, now);
    }

    private Audit(Institution institution, Institution auditingInstitution, Catalogue catalogue,
                  List<CatalogueItem> requirements, AuditKind kind, String title, String by, Instant now) {
        this.institution = Objects.requireNonNull(institution, "Institution is required");
        this.auditingInstitution = auditingInstitution;
        this.catalogue = Objects.requireNonNull(catalogue, "Catalogue is required");
        this.kind = Objects.requireNonNull(kind, "Kind is required");
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new IllegalArgumentException("A title of 1 to 200 characters is required");
        }
        this.title = title.strip();
        this.startedBy = Objects.requireNonNull(by, "Who starts the audit is required");
        this.startedAt = Objects.requireNonNull(now, "Time is required");
        if (requirements.isEmpty()) {
            throw new IllegalArgumentException("The catalogue " + catalogue.getCode() + " has no requirements");
        }
        for (CatalogueItem requirement : requirements) {
            items.add(new AuditItem(this, requirement));
        }
    }

    /** Marks the audit completed once every item is answered; refused while any is open. */
    public void complete(Instant now) {
        long open = items.stream().filter(i -> i.getStatus() == null).count();
        if (open > 0) {
            throw new RuleViolation("audit.unanswered", open + " requirement(s) are not answered yet", open);
        }
        if (completedAt == null) {
            completedAt = now;
        }
    }

    /** The auditor's overall opinion: up to 4,000 characters, blank clears it; final once the audit is completed. */
    public void writeSummary(String text) {
        if (completedAt != null) {
            throw new RuleViolation("audit.completed", "The audit is completed: its answers are final");
        }
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() > SUMMARY_MAX) {
            throw new RuleViolation("audit.summaryTooLong", "The summary has " + stripped.length()
                    + " characters; at most " + SUMMARY_MAX, String.valueOf(SUMMARY_MAX));
        }
        summary = stripped.isEmpty() ? null : stripped;
    }

    public String getSummary() {
        return summary;
    }

    /** Ends the auditing institution's access (a peer check's cycle is over): it no longer sees the audit. */
    public void endAuditorAccess(Instant at) {
        if (auditorAccessEndedAt == null) {
            auditorAccessEndedAt = at;
        }
    }

    /** Whether the auditing institution (if any) still works on the audit. */
    public boolean isAuditorAccessOpen() {
        return auditingInstitution != null && auditorAccessEndedAt == null;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Institution getInstitution() {
        return institution;
    }

    /** The institution that carries out a peer check; null for a self-assessment or a staff audit. */
    public Institution getAuditingInstitution() {
        return auditingInstitution;
    }

    public Catalogue getCatalogue() {
        return catalogue;
    }

    public AuditKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public List<AuditItem> getItems() {
        return List.copyOf(items);
    }
}
