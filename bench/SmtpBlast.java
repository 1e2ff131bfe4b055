import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The ceiling for the reminder bench's sending: N small mails to an SMTP server over one connection, as fast as the
 * server takes them, without a database or a mail library. Prints mails per second.
 *
 *   java bench/SmtpBlast.java host port count
 */
public class SmtpBlast {

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[2]);
        try (Socket socket = new Socket(args[0], Integer.parseInt(args[1]))) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            expect(in, "220");
            command(out, in, "HELO bench", "250");
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                command(out, in, "MAIL FROM:<bench@medsec.example>", "250");
                command(out, in, "RCPT TO:<blast" + (i % 500) + "@example.jp>", "250");
                command(out, in, "DATA", "354");
                command(out, in, "Subject: blast " + i + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                        + "A mail of about the size of a reminder. ".repeat(20) + "\r\n.", "250");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            command(out, in, "QUIT", "221");
            System.out.printf("%.1f%n", count / seconds);
        }
    }

    private static void command(OutputStream out, BufferedReader in, String line, String expected) throws Exception {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        expect(in, expected);
    }

    private static void expect(BufferedReader in, String code) throws Exception {
        String line;
        do {
            line = in.readLine();
            if (line == null || !line.startsWith(code)) {
                throw new IllegalStateException("expected " + code + ", got " + line);
            }
        } while (line.charAt(3) == '-');
    }
}
