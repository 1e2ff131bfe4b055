package jp.medsec.audit;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jp.medsec.evidence.EvidenceFile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Evidence for an audit item: a note, a file (PDF, JPEG or PNG, checked by content as claim evidence is), or both,
 * with the day it holds from. Appended, never edited.
 */
@Entity
@Table(name = "audit_evidence")
public class AuditEvidence implements java.io.Serializable {

    public static final int MAX_NOTE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "audit_item_id")
    private AuditItem item;

    private String note;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "LONGBLOB")
    private byte[] content;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected AuditEvidence() {
    }

    /** A note and/or a file; at least one. IllegalArgumentException names what is wrong. */
    public AuditEvidence(AuditItem item, String note, String fileName, byte[] file, LocalDate effectiveDate, String by,
                         Instant now) {
        this.item = Objects.requireNonNull(item, "Item is required");
        boolean hasNote = note != null && !note.isBlank();
        boolean hasFile = file != null && file.length > 0;
        if (!hasNote && !hasFile) {
            throw new IllegalArgumentException("Evidence needs a note or a file");
        }
        if (hasNote && note.strip().length() > MAX_NOTE) {
            throw new IllegalArgumentException("The evidence note may be at most " + MAX_NOTE + " characters");
        }
        this.note = hasNote ? note.strip() : null;
        if (hasFile) {
            EvidenceFile checked = EvidenceFile.of(fileName, file);
            this.fileName = checked.fileName();
            this.contentType = checked.contentType();
            this.sizeBytes = (long) checked.sizeBytes();
            this.sha256 = checked.sha256();
            this.content = file.clone();
        }
        this.effectiveDate = Objects.requireNonNull(effectiveDate, "The effective date is required");
        this.addedBy = Objects.requireNonNull(by, "Who adds it is required");
        this.addedAt = Objects.requireNonNull(now, "Time is required");
    }

    public boolean hasFile() {
        return fileName != null;
    }

    public Long getId() {
        return id;
    }

    public AuditItem getItem() {
        return item;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content == null ? null : content.clone();
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
