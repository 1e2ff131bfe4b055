package jp.medsec.checklist;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.medsec.audit.CatalogueItem;
import jp.medsec.shared.RuleViolation;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One answer of a checklist: はい or いいえ with the day it was checked; a いいえ names the day it will be done, which must
 * fall inside the form's fiscal year (or, for an item with a later deadline of its own, inside that fiscal year).
 */
@Entity
@Table(name = "checklist_answer")
@Audited
public class ChecklistAnswer implements java.io.Serializable {

    public static final int MAX_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private ChecklistResponse response;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "catalogue_item_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private CatalogueItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Answer answer;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    @Column(name = "target_date")
    private LocalDate targetDate;

    private String note;

    @Column(name = "answered_by", nullable = false)
    private String answeredBy;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected ChecklistAnswer() {
    }

    public ChecklistAnswer(ChecklistResponse response, CatalogueItem item) {
        this.response = Objects.requireNonNull(response);
        this.item = Objects.requireNonNull(item);
    }

    /**
     * Records the answer. RuleViolation codes name the field: {@code checklist.checkedOn}, {@code checklist.targetDate}
     * (missing), {@code checklist.targetOutsideYear}, {@code checklist.targetBeforeCheck}.
     */
    public void answer(Answer answer, LocalDate checkedOn, LocalDate targetDate, String note, String by, Instant now) {
        Objects.requireNonNull(answer, "answer");
        if (checkedOn == null) {
            throw new RuleViolation("checklist.checkedOn", item.getCode() + ": checkedOn (the day it was checked) is required",
                    item.getCode());
        }
        LocalDate last = lastTargetDay();
        if (answer == Answer.NO) {
            if (targetDate == null) {
                throw new RuleViolation("checklist.targetDate", item.getCode() + ": targetDate is required for いいえ (NO)",
                        item.getCode());
            }
            if (targetDate.isAfter(last)) {
                throw new RuleViolation("checklist.targetOutsideYear", item.getCode() + ": targetDate " + targetDate
                        + " is after the end of the fiscal year (" + last + ")", item.getCode(), last.toString());
            }
            if (targetDate.isBefore(checkedOn)) {
                throw new RuleViolation("checklist.targetBeforeCheck", item.getCode() + ": targetDate " + targetDate
                        + " is before checkedOn " + checkedOn, item.getCode());
            }
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new IllegalArgumentException(item.getCode() + ": note may be at most " + MAX_NOTE + " characters");
        }
        this.answer = answer;
        this.checkedOn = checkedOn;
        this.targetDate = answer == Answer.NO ? targetDate : null;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.answeredBy = Objects.requireNonNull(by);
        this.answeredAt = Objects.requireNonNull(now);
    }

    /** 31 March of the form's fiscal year, or of the item's own later deadline year. */
    public LocalDate lastTargetDay() {
        LocalDate end = response.fiscalYearEnd();
        Integer own = item.getTargetFiscalYear();
        return own != null && own + 1 > end.getYear() ? LocalDate.of(own + 1, 3, 31) : end;
    }

    public Long getId() {
        return id;
    }

    public ChecklistResponse getResponse() {
        return response;
    }

    public CatalogueItem getItem() {
        return item;
    }

    public Answer getAnswer() {
        return answer;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public String getNote() {
        return note;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
