package jp.medsec.advisory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jp.medsec.institution.Institution;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;

/** An institution's acknowledgement (確認) of an advisory: who, when. One per advisory and institution. */
@Entity
@Table(name = "advisory_acknowledgement")
@Audited
public class Acknowledgement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "advisory_id", updatable = false)
    private Advisory advisory;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Institution institution;

    @Column(name = "acknowledged_by", nullable = false, length = 64, updatable = false)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at", nullable = false, updatable = false)
    private Instant acknowledgedAt;

    protected Acknowledgement() {
    }

    public Acknowledgement(Advisory advisory, Institution institution, String acknowledgedBy, Instant acknowledgedAt) {
        if (!advisory.reaches(institution)) {
            throw new jp.medsec.shared.NotFound("The advisory " + advisory.getId() + " is not addressed to "
                    + institution.getName());
        }
        this.advisory = advisory;
        this.institution = institution;
        this.acknowledgedBy = acknowledgedBy;
        this.acknowledgedAt = acknowledgedAt;
    }

    public Long getId() {
        return id;
    }

    public Advisory getAdvisory() {
        return advisory;
    }

    public Institution getInstitution() {
        return institution;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
