package jp.medsec.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The test server's log, to check what a request did (or did not) write there. */
public final class ServerLog {

    private ServerLog() {
    }

    private static Path file() {
        return Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
    }

    /** Where the log ends now. */
    public static long mark() throws IOException {
        return Files.size(file());
    }

    /** What was written since the mark. */
    public static String since(long mark) throws IOException {
        try (RandomAccessFile log = new RandomAccessFile(file().toFile(), "r")) {
            long length = log.length();
            if (length <= mark) {
                return "";
            }
            byte[] text = new byte[(int) Math.min(length - mark, 50_000_000)];
            log.seek(mark);
            log.readFully(text);
            return new String(text, StandardCharsets.UTF_8);
        }
    }
}
