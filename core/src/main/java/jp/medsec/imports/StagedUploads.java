package jp.medsec.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Uploads written to disk as they arrive, for the import job to read at its pace (and again after a restart): never
 * held in memory whole. The charset is decided while copying: the one declared, else UTF-8 when every byte sequence is
 * valid UTF-8, else CP932 (Excel's Shift_JIS). The directory is {@code medsec.import.dir}, by default {@code imports}
 * under the server's data directory.
 */
public final class StagedUploads {

    private StagedUploads() {
    }

    /** A staged file and how to read it. */
    public record Staged(Path path, Charset charset, long bytes) {
    }

    /** The upload is larger than allowed; nothing is kept. */
    public static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge(long maxBytes) {
            super("The file is larger than " + maxBytes + " bytes", null, false, false);
        }
    }

    public static Path directory() {
        String configured = System.getProperty("medsec.import.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String data = System.getProperty("jboss.server.data.dir");
        return data == null ? Path.of(System.getProperty("java.io.tmpdir"), "medsec-imports") : Path.of(data, "imports");
    }

    /** The charset a Content-Type parameter names, as read here (Shift_JIS is read as its CP932 superset). */
    public static Optional<Charset> declared(String charsetName) {
        if (charsetName == null || charsetName.isBlank()) {
            return Optional.empty();
        }
        String name = charsetName.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        if (name.equals("shift_jis") || name.equals("shift-jis") || name.equals("sjis") || name.equals("cp932")
                || name.equals("ms932") || name.equals("windows-31j")) {
            return Optional.of(CsvFiles.CP932);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("Unknown charset " + charsetName);
        }
    }

    /** Copies the upload to a new staged file, at most {@code maxBytes}. */
    public static Staged stage(InputStream content, long maxBytes, Charset declared) throws TooLarge {
        Path directory = directory();
        Path file = null;
        try {
            Files.createDirectories(directory);
            file = Files.createTempFile(directory, "upload-", ".csv");
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            boolean validUtf8 = true;
            ByteBuffer pending = ByteBuffer.allocate(64 * 1024 + 8);
            CharBuffer sink = CharBuffer.allocate(64 * 1024 + 8);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                    total += n;
                    if (total > maxBytes) {
                        throw new TooLarge(maxBytes);
                    }
                    out.write(buffer, 0, n);
                    if (declared == null && validUtf8) {
                        pending.put(buffer, 0, n).flip();
                        CoderResult result = utf8.decode(pending, sink.clear(), false);
                        validUtf8 = !result.isError();
                        pending.compact();
                    }
                }
            }
            if (declared == null && validUtf8) {
                pending.flip();
                validUtf8 = !utf8.decode(pending, sink.clear(), true).isError() && !utf8.flush(sink.clear()).isError();
            }
            Charset charset = declared != null ? declared : validUtf8 ? StandardCharsets.UTF_8 : CsvFiles.CP932;
            Staged staged = new Staged(file, charset, total);
            file = null;
            return staged;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                delete(file);
            }
        }
    }

    /** The staged text, a UTF-8 byte order mark dropped. */
    public static Reader open(Path file, Charset charset) {
        try {
            PushbackInputStream in = new PushbackInputStream(Files.newInputStream(file), 3);
            if (charset.equals(StandardCharsets.UTF_8)) {
                byte[] head = new byte[3];
                int n = in.readNBytes(head, 0, 3);
                boolean bom = n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
                if (!bom && n > 0) {
                    in.unread(head, 0, n);
                }
            }
            return new BufferedReader(new InputStreamReader(in, charset), 64 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover staged file is harmless; the directory can be cleaned
        }
    }
}
