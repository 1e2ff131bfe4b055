package jp.medsec.web.training;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.medsec.institution.InstitutionAccess;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.training.StaffRoster;
import jp.medsec.web.documents.Downloads;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;

/**
 * The officer's staff list as CSV ({@code /institution/documents/staff.csv?text=&department=&leavers=}) with the
 * filters the page shows: the officer's own institution only, read a page at a time and streamed; UTF-8 with a BOM for
 * Excel; the roster's Japanese headers first, so the file can go back as a roster, then the latest training.
 */
@WebServlet(urlPatterns = "/institution/documents/staff.csv")
public class StaffListDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffRoster roster;

    @Inject
    private InstitutionAccess access;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.answer(response, () -> {
            long institutionId = access.ownInstitutionId();
            String text = request.getParameter("text");
            // "department" absent: every department; present and empty: those without one (as the page's filter).
            String department = request.getParameter("department");
            StaffRoster.Query query = new StaffRoster.Query(text == null || text.isBlank() ? null : text.strip(),
                    department, "true".equals(request.getParameter("leavers")));
            roster.count(institutionId, query); // refused before anything is written
            CSVPrinter csv = Downloads.csv(response, "staff-" + JapaneseDates.today() + ".csv",
                    "職員番号", "氏名", "氏名カナ", "部署", "職種", "採用日", "退職日", "最近の研修受講日");
            Downloads.rows(csv, (first, max) -> roster.page(institutionId, query, first, max),
                    s -> new Object[]{s.staffNumber(), s.name(), s.nameKana(), s.department(), s.jobCategory(),
                            s.employedFrom(), s.employedUntil(), s.lastTrained()});
        });
    }
}
