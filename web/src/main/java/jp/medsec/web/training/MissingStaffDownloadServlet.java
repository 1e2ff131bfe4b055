package jp.medsec.web.training;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.medsec.training.TrainingCompliances;
import jp.medsec.web.documents.Downloads;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Who was missing in one compliance result, as CSV ({@code /institution/documents/training-missing?id=}): the officer's
 * own institution only (another's is 404). Streamed from the database row by row; UTF-8 with a BOM and CRLF, so that
 * Excel opens it in Japanese; the headers are the roster's Japanese ones, so the file can go back as a roster's columns.
 */
@WebServlet(urlPatterns = "/institution/documents/training-missing")
public class MissingStaffDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingCompliances compliances;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.answer(response, () -> {
            long id = Long.parseLong(String.valueOf(request.getParameter("id")));
            compliances.countMissing(id, null); // refused (404) before anything is written
            CSVPrinter csv = Downloads.csv(response, "training-missing-" + id + ".csv", "職員番号", "氏名", "部署");
            compliances.eachMissing(id, m -> {
                try {
                    csv.printRecord(m.staffNumber(), m.name(), m.department());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        });
    }
}
