package jp.medsec.web.documents;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.medsec.audit.OverdueFindings;
import jp.medsec.certification.CertificationStatus;
import jp.medsec.certification.CertificationType;
import jp.medsec.certification.HolderRegistry;
import jp.medsec.certification.HolderSearch;
import jp.medsec.certification.HolderSummary;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.web.i18n.Messages;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Staff's lists as CSV for Excel, with the filters the page shows ({@code /staff/documents/holders.csv?text=&type=
 * &status=&prefecture=}, {@code /staff/documents/findings.csv}): read from the database a page at a time and streamed,
 * never held whole; UTF-8 with a BOM, Japanese headers and words, no codes but the numbers that are data.
 */
@WebServlet(urlPatterns = {"/staff/documents/holders.csv", "/staff/documents/findings.csv"})
public class StaffListExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 500;

    @Inject
    private HolderRegistry holders;

    @Inject
    private OverdueFindings findings;

    @Inject
    private Messages messages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.answer(response, () -> {
            if (request.getServletPath().endsWith("findings.csv")) {
                findings(response);
            } else {
                holders(request, response);
            }
        });
    }

    private void holders(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HolderSearch search = new HolderSearch(request.getParameter("text"),
                value(CertificationType.class, request.getParameter("type")),
                value(CertificationStatus.class, request.getParameter("status")), prefecture(request.getParameter("prefecture")));
        holders.count(search); // refused before anything is written
        CSVPrinter csv = Downloads.csv(response, "holders-" + JapaneseDates.today() + ".csv",
                "氏名", "氏名（カナ）", "都道府県", "所属", "資格と状態");
        for (int first = 0; ; first += PAGE) {
            List<HolderSummary> page = holders.search(search, HolderSearch.Sort.KANA, true, first, PAGE);
            for (HolderSummary h : page) {
                csv.printRecord(h.fullName(), h.fullNameKana(), h.prefectureJa(), h.institutionName(),
                        h.certifications().stream().map(c -> c.certificateNumber() + " " + messages.get("certType." + c.type())
                                + "（" + messages.get("certStatus." + c.status()) + "）").collect(Collectors.joining("; ")));
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        csv.flush();
    }

    private void findings(HttpServletResponse response) throws IOException {
        LocalDate today = JapaneseDates.today();
        findings.count(today);
        CSVPrinter csv = Downloads.csv(response, "overdue-findings-" + today + ".csv",
                "期限", "医療機関", "要件", "要件の内容", "重大度", "担当", "状態", "監査・評価");
        for (int first = 0; ; first += PAGE) {
            List<OverdueFindings.Line> page = findings.page(today, first, PAGE);
            for (OverdueFindings.Line f : page) {
                csv.printRecord(f.due(), f.institutionName(), f.requirementCode(), f.requirementJa(),
                        messages.get("severity." + f.severity()), f.owner(), messages.get("findingState." + f.state()),
                        f.auditTitle());
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        csv.flush();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Enum.valueOf(type, text.strip()); // an unknown value is the caller's mistake: 400
    }

    private static Integer prefecture(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }
}
