package jp.medsec.evidence;

import java.util.Objects;

/**
 * An uploaded file offered as evidence (証拠書類), for a claim or an audit item: a PDF, JPEG or PNG of at most
 * {@value #MAX_BYTES} bytes, checked by its content, not only its name, with a file name safe to send back and its
 * SHA-256, so that the stored copy cannot change unnoticed.
 */
public final class EvidenceFile {

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

    private final String fileName;
    private final String contentType;
    private final int sizeBytes;
    private final String sha256;
    private final byte[] content;

    private EvidenceFile(String fileName, String contentType, byte[] content) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.sha256 = jp.medsec.shared.Sha256.hex(content);
        this.content = content.clone();
    }

    /** Checks an uploaded file; {@link jp.medsec.shared.InputRejected} names what is wrong with it. */
    public static EvidenceFile of(String fileName, byte[] content) {
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
        String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.strip();
        name = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return new EvidenceFile(name.length() > 200 ? name.substring(name.length() - 200) : name, kind.contentType(), content);
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }
}
