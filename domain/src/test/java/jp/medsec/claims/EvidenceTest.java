package jp.medsec.claims;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceTest {

    @Test
    void acceptsPdfJpegAndPngByTheirContent() {
        assertEquals("application/pdf", Evidence.of("x.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)).getContentType());
        assertEquals("image/jpeg", Evidence.of("photo", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00}).getContentType());
        assertEquals("image/png", Evidence.of("scan.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})
                .getContentType());
    }

    @Test
    void refusesOtherFilesWhateverTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Evidence.of("evil.pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(e.getMessage().contains("PDF, JPEG or PNG"));
        assertThrows(IllegalArgumentException.class, () -> Evidence.of("empty.pdf", new byte[0]));
        byte[] huge = new byte[Evidence.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 5);
        assertThrows(IllegalArgumentException.class, () -> Evidence.of("huge.pdf", huge));
    }

    @Test
    void keepsAChecksumAndASafeName() {
        Evidence evidence = Evidence.of("../../etc/passwd.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        assertEquals(64, evidence.getSha256().length());
        assertTrue(!evidence.getFileName().contains("/"), evidence.getFileName());
    }
}
