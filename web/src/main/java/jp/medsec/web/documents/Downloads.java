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
import java.util.List;

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

    /** A page of a list, read from the database. */
    @FunctionalInterface
    public interface PageReader<T> {
        List<T> read(int first, int max);
    }

    /** The cells of one row. */
    @FunctionalInterface
    public interface Cells<T> {
        Object[] of(T row);
    }

    /** The rows read from the database at a time for a download (the services' own page limit). */
    public static final int PAGE = 500;

    /**
     * Writes every row a paged list gives into the CSV, a page of {@link #PAGE} at a time until a page comes back
     * short (never the whole list in memory), and flushes it.
     */
    public static <T> void rows(CSVPrinter csv, PageReader<T> pages, Cells<T> cells) throws IOException {
        for (int first = 0; ; first += PAGE) {
            List<T> page = pages.read(first, PAGE);
            for (T row : page) {
                csv.printRecord(cells.of(row));
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        csv.flush();
    }

    /**
     * Sends the browser to a download of this application with the query's parameters ({@code name, value} pairs;
     * a null value is left out, an empty one kept), as a list page's "export" button does.
     */
    public static void redirect(String path, String... nameValues) throws IOException {
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        StringBuilder url = new StringBuilder(external.getRequestContextPath()).append(path);
        char separator = '?';
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            if (nameValues[i + 1] != null) {
                url.append(separator).append(nameValues[i]).append('=')
                        .append(URLEncoder.encode(nameValues[i + 1], StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        external.redirect(url.toString());
    }

    /** A moment as people here read it in a spreadsheet: Japan's local date and time, or empty. */
    public static String dateTime(java.time.Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(jp.medsec.shared.JapaneseDates.JAPAN).format(instant);
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
