package jp.medsec.claims;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jp.medsec.evidence.EvidenceFile;

/**
 * A file proving a claim (証拠書類), stored in the database: an {@link EvidenceFile}, so checked by its content and kept
 * with its SHA-256.
 */
@Entity
@Table(name = "claim_evidence")
public class Evidence {

    public static final int MAX_BYTES = EvidenceFile.MAX_BYTES;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    protected Evidence() {
    }

    /** Checks and keeps an uploaded file; {@link EvidenceFile#of} says what may be wrong with it. */
    public static Evidence of(String fileName, byte[] content) {
        EvidenceFile file = EvidenceFile.of(fileName, content);
        Evidence evidence = new Evidence();
        evidence.fileName = file.fileName();
        evidence.contentType = file.contentType();
        evidence.sizeBytes = file.sizeBytes();
        evidence.sha256 = file.sha256();
        evidence.content = file.content();
        return evidence;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content == null ? null : content.clone();
    }
}
