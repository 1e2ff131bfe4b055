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

import java.util.Objects;

/**
 * A file proving a claim (証拠書類): a PDF, JPEG or PNG of at most {@value #MAX_BYTES} bytes, checked by its content, not
 * only its name. Stored in the database with its SHA-256, so that it cannot change unnoticed.
 */
@Entity
@Table(name = "claim_evidence")
public class Evidence {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The kinds of file accepted, recognised by their first bytes. */
    public enum Kind {
        PDF("application/pdf"), JPEG("image/jpeg"), PNG("image/png");

        private final String contentType;

        Kind(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        static Kind of(byte[] content) {
            if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
                return PDF;
            }
            if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
                return JPEG;
            }
            if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
                return PNG;
            }
            return null;
        }

        private static boolean startsWith(byte[] content, int... magic) {
            if (content.length < magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if ((content[i] & 0xFF) != magic[i]) {
                    return false;
                }
            }
            return true;
        }
    }

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

    /** Checks and keeps an uploaded file; IllegalArgumentException names what is wrong with it. */
    public static Evidence of(String fileName, byte[] content) {
        Objects.requireNonNull(content, "The evidence file is required");
        if (content.length == 0) {
            throw new jp.medsec.shared.InputRejected("evidence.empty", "The evidence file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new jp.medsec.shared.InputRejected("evidence.tooLarge", "The evidence file is " + content.length + " bytes; at most " + MAX_BYTES
                    + " are accepted");
        }
        Kind kind = Kind.of(content);
        if (kind == null) {
            throw new jp.medsec.shared.InputRejected("evidence.kind", "The evidence must be a PDF, JPEG or PNG file; '" + fileName + "' is none",
                    String.valueOf(fileName));
        }
        Evidence evidence = new Evidence();
        String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.strip();
        name = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        evidence.fileName = name.length() > 200 ? name.substring(name.length() - 200) : name;
        evidence.contentType = kind.contentType();
        evidence.sizeBytes = content.length;
        evidence.sha256 = jp.medsec.shared.Sha256.hex(content);
        evidence.content = content.clone();
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
