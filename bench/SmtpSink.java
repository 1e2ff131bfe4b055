import java.io.BufferedReader;
import java.io.FileWriter;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The SMTP server of the fault tests (bench/faults.sh): takes every mail, and appends the outbox id each carries (its
 * X-MedSec-Outbox header) to a file, one line per mail received, flushed at once. A mail sent twice is then a line
 * twice; a mail lost is an outbox row marked sent whose id is not in the file. Outlives the application server it
 * serves, which the fault tests kill.
 *
 *   java bench/SmtpSink.java port file
 */
public class SmtpSink {

    public static void main(String[] args) throws Exception {
        PrintWriter received = new PrintWriter(new FileWriter(args[1], StandardCharsets.UTF_8, true), true);
        try (ServerSocket server = new ServerSocket(Integer.parseInt(args[0]), 50, InetAddress.getLoopbackAddress())) {
            while (true) {
                Socket client = server.accept();
                Thread thread = new Thread(() -> serve(client, received));
                thread.setDaemon(true);
                thread.start();
            }
        }
    }

    private static void serve(Socket client, PrintWriter received) {
        try (client) {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = client.getOutputStream();
            reply(out, "220 sink");
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (verb) {
                    case "EHLO", "HELO" -> reply(out, "250 sink");
                    case "DATA" -> {
                        reply(out, "354 go on");
                        String outboxId = null;
                        String body;
                        while ((body = in.readLine()) != null && !body.equals(".")) {
                            if (outboxId == null && body.regionMatches(true, 0, "X-MedSec-Outbox:", 0, 16)) {
                                outboxId = body.substring(16).strip();
                            }
                        }
                        synchronized (received) {
                            received.println(outboxId == null ? "-" : outboxId);
                        }
                        reply(out, "250 taken");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 ok");
                }
            }
        } catch (Exception e) {
            // the client went away (a killed server): nothing to do
        }
    }

    private static void reply(OutputStream out, String line) throws java.io.IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
