package jp.medsec.web.documents;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletResponse;
import jp.medsec.shared.NotFound;
import jp.medsec.web.faces.FacesMessages;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;

/**
 * What every download servlet shares: the file sent as an attachment, and the answers to a bad request — a malformed
 * parameter 400, a refusal with its reason (not found 404, bad input 400, a refused state 409), no access 403.
 */
public final class Downloads {

    /** One download: writes the file, or throws what the caller is answered with. */
    @FunctionalInterface
    public interface Download {
        void run() throws IOException;
    }

    private Downloads() {
    }

    public static void answer(HttpServletResponse response, Download download) throws IOException {
        try {
            download.run();
        } catch (NumberFormatException e) {
            response.sendError(400, "the id must be a number");
        } catch (DateTimeParseException e) {
            response.sendError(400, "dates are yyyy-MM-dd");
        } catch (EJBAccessException e) {
            response.sendError(403);
        } catch (RuntimeException e) {
            String refusal = FacesMessages.refusal(e);
            if (refusal == null) {
                throw e;
            }
            response.sendError(e instanceof NotFound ? 404 : e instanceof IllegalArgumentException ? 400 : 409, refusal);
        }
    }

    public static void pdf(HttpServletResponse response, byte[] pdf, String fileName) throws IOException {
        file(response, pdf, "application/pdf", fileName);
    }

    public static void file(HttpServletResponse response, byte[] content, String contentType, String fileName)
            throws IOException {
        response.setContentType(contentType);
        attachment(response, fileName);
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /**
     * Starts a CSV attachment that Excel opens in Japanese (UTF-8 with a BOM, CRLF, quoted where needed) with these
     * headers, for rows streamed into it; flush it when done.
     */
    public static CSVPrinter csv(HttpServletResponse response, String fileName, String... headers) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        attachment(response, fileName);
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.write('\uFEFF');
        return new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader(headers).get());
    }

    private static void attachment(HttpServletResponse response, String fileName) {
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8));
    }
}
