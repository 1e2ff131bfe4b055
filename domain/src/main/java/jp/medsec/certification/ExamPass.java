package jp.medsec.certification;

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

import java.time.Instant;

/** One exam pass (合格) as imported: the exam's own key, and the certification it produced. */
@Entity
@Table(name = "exam_pass")
public class ExamPass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificationType type;

    @Column(name = "pass_year", nullable = false)
    private int passYear;

    @Column(name = "exam_number", nullable = false)
    private String examNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certification_id", nullable = false)
    private Certification certification;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    /** The upload that stored this pass (null for passes from before imports ran as a job). */
    @Column(name = "import_run_id")
    private Long importRunId;

    protected ExamPass() {
    }

    public ExamPass(CertificationType type, int passYear, String examNumber, Certification certification, String by,
                    Instant now, Long importRunId) {
        this.importRunId = importRunId;
        this.type = type;
        this.passYear = passYear;
        this.examNumber = examNumber;
        this.certification = certification;
        this.importedBy = by;
        this.importedAt = now;
    }

    public Long getImportRunId() {
        return importRunId;
    }

    public Certification getCertification() {
        return certification;
    }
}
