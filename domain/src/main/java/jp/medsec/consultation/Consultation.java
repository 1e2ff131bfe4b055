package jp.medsec.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.medsec.institution.Institution;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.shared.RuleViolation;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.util.Objects;

/**
 * A consultation (相談): an ASSISTED hospital asks a LEADING one (its adviser) a question about its security, with the
 * dates it was asked and answered. Only the two hospitals and staff see it.
 */
@Entity
@Table(name = "consultation")
@Audited
public class Consultation {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Institution institution;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "adviser_id", updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Institution adviser;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(nullable = false, length = MAX_SUBJECT, updatable = false)
    private String subject;

    @Column(nullable = false, length = MAX_TEXT, updatable = false)
    private String question;

    @Column(name = "asked_by", nullable = false, length = 64, updatable = false)
    private String askedBy;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private Instant askedAt;

    @Column(length = MAX_TEXT)
    private String answer;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Consultation() {
    }

    /** The ASSISTED hospital asks the LEADING one. */
    public Consultation(Institution institution, Institution adviser, int fiscalYear, String subject, String question,
                        String askedBy, Instant askedAt) {
        this.institution = Objects.requireNonNull(institution, "institution");
        this.adviser = Objects.requireNonNull(adviser, "adviser");
        if (institution.getTier() != InstitutionTier.ASSISTED) {
            throw new RuleViolation("consultation.askerTier", "institution: advice is given to ASSISTED hospitals; "
                    + institution.getName() + " is " + institution.getTier(), institution.getName());
        }
        if (adviser.getTier() != InstitutionTier.LEADING) {
            throw new RuleViolation("consultation.adviserTier", "adviser: LEADING hospitals give advice; "
                    + adviser.getName() + " is " + adviser.getTier(), adviser.getName());
        }
        this.fiscalYear = fiscalYear;
        this.subject = text(subject, "subject", MAX_SUBJECT, "consultation.required.subject", "consultation.long.subject");
        this.question = text(question, "question", MAX_TEXT, "consultation.required.question",
                "consultation.long.question");
        this.askedBy = Objects.requireNonNull(askedBy);
        this.askedAt = Objects.requireNonNull(askedAt);
    }

    /** The adviser answers; once answered, a follow-up is a new question. */
    public void answer(String text, String by, Instant at) {
        if (answeredAt != null) {
            throw new RuleViolation("consultation.answered", "This question has already been answered");
        }
        this.answer = text(text, "answer", MAX_TEXT, "consultation.required.answer", "consultation.long.answer");
        this.answeredBy = Objects.requireNonNull(by);
        this.answeredAt = Objects.requireNonNull(at);
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    /** Whether the institution is one of the two: the asking hospital or its adviser. */
    public boolean involves(long institutionId) {
        return institution.getId() == institutionId || adviser.getId() == institutionId;
    }

    private static String text(String value, String field, int max, String requiredCode, String longCode) {
        String cleaned = value == null ? "" : value.strip();
        if (cleaned.isEmpty()) {
            throw new jp.medsec.shared.InputRejected(requiredCode, field + ": required");
        }
        if (cleaned.length() > max) {
            throw new jp.medsec.shared.InputRejected(longCode, field + ": at most " + max + " characters", max);
        }
        return cleaned;
    }

    public Long getId() {
        return id;
    }

    public Institution getInstitution() {
        return institution;
    }

    public Institution getAdviser() {
        return adviser;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public String getSubject() {
        return subject;
    }

    public String getQuestion() {
        return question;
    }

    public String getAskedBy() {
        return askedBy;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
