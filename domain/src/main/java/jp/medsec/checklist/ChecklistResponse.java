package jp.medsec.checklist;

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
import jp.medsec.audit.Catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One set of answers to an MHLW checklist form: the institution's own, or one vendor's. */
@Entity
@Table(name = "checklist_response")
public class ChecklistResponse implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "catalogue_id")
    private Catalogue catalogue;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "vendor_id")
    private Vendor vendor;

    @Column(nullable = false)
    private String respondent;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected ChecklistResponse() {
    }

    public ChecklistResponse(long institutionId, Catalogue catalogue, Vendor vendor, String respondent) {
        this.institutionId = institutionId;
        this.catalogue = Objects.requireNonNull(catalogue);
        this.vendor = vendor;
        this.respondent = Objects.requireNonNull(respondent);
    }

    /** The last day a いいえ's target may fall on: the end of the form's fiscal year (31 March). */
    public LocalDate fiscalYearEnd() {
        return LocalDate.of(catalogue.getFiscalYear() + 1, 3, 31);
    }

    public void submit(Instant now) {
        submittedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public Catalogue getCatalogue() {
        return catalogue;
    }

    public Vendor getVendor() {
        return vendor;
    }

    public String getRespondent() {
        return respondent;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
