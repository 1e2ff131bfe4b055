package jp.medsec.incident;

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
import jp.medsec.institution.Institution;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.shared.RuleViolation;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;

/**
 * A support relationship (支援の取り決め): a LEADING hospital supports another institution's recovery from incidents.
 * The institution proposes it and the LEADING hospital accepts it, or staff set it at once. An institution has at most
 * one accepted supporter; a new one ends the former.
 */
@Entity
@Table(name = "support_agreement")
@Audited
public class SupportAgreement {

    /** Where an agreement stands. */
    public enum State {
        PROPOSED, ACCEPTED, DECLINED, ENDED
    }

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
    @JoinColumn(name = "supporter_id", updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Institution supporter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(name = "proposed_by", nullable = false, length = 64, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected SupportAgreement() {
    }

    /** Proposed by the institution's officer, or set by staff (accepted at once). */
    public SupportAgreement(Institution institution, Institution supporter, boolean byStaff, String by, Instant now) {
        if (supporter.getTier() != InstitutionTier.LEADING) {
            throw new RuleViolation("support.supporterTier", supporter.getName() + " is not a leading institution",
                    supporter.getName());
        }
        if (institution.getId().equals(supporter.getId())) {
            throw new RuleViolation("support.self", "An institution does not support itself");
        }
        this.institution = institution;
        this.supporter = supporter;
        this.proposedBy = by;
        this.proposedAt = now;
        this.state = byStaff ? State.ACCEPTED : State.PROPOSED;
        this.answeredAt = byStaff ? now : null;
    }

    public void accept(Instant now) {
        answer(State.ACCEPTED, now);
    }

    public void decline(Instant now) {
        answer(State.DECLINED, now);
    }

    /** A newer supporter took over. */
    public void end(Instant now) {
        if (state == State.ACCEPTED || state == State.PROPOSED) {
            state = State.ENDED;
            answeredAt = now;
        }
    }

    private void answer(State answer, Instant now) {
        if (state != State.PROPOSED) {
            throw new RuleViolation("support.answered", "The proposal " + id + " is " + state + " already");
        }
        state = answer;
        answeredAt = now;
    }

    public Long getId() {
        return id;
    }

    public Institution getInstitution() {
        return institution;
    }

    public Institution getSupporter() {
        return supporter;
    }

    public State getState() {
        return state;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }
}
