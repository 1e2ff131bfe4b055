package jp.medsec.web.audit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.medsec.audit.AuditEvidence;
import jp.medsec.audit.AuditEvidenceFiles;
import jp.medsec.audit.AuditReports;
import jp.medsec.web.documents.Downloads;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.util.List;

/**
 * An audit's evidence files ({@code …/documents/audit-evidence?id=}), report PDF ({@code …/documents/audit-report?id=})
 * and results as CSV for Excel ({@code …/documents/audit-results.csv?id=}),
 * for staff (any) and officers (their own institution's, or a peer check their institution carries out; another's
 * is 404).
 */
@WebServlet(urlPatterns = {"/staff/documents/audit-evidence", "/institution/documents/audit-evidence",
        "/staff/documents/audit-report", "/institution/documents/audit-report",
        "/staff/documents/audit-results.csv", "/institution/documents/audit-results.csv"})
public class AuditDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditReports reports;

    @Inject
    private AuditEvidenceFiles evidenceFiles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.answer(response, () -> {
            long id = Long.parseLong(String.valueOf(request.getParameter("id")));
            if (request.getServletPath().endsWith("/audit-results.csv")) {
                List<AuditReports.ResultLine> lines = reports.results(id); // refused before anything is written
                CSVPrinter csv = Downloads.csv(response, "audit-results-" + id + ".csv", "要件", "要件の内容", "評価", "メモ", "指摘");
                for (AuditReports.ResultLine line : lines) {
                    csv.printRecord(line.code(), line.requirement(), line.status(), line.note(), line.findings());
                }
                csv.flush();
                return;
            }
            if (request.getServletPath().endsWith("/audit-report")) {
                Downloads.pdf(response, reports.report(id), "audit-report-" + id + ".pdf");
                return;
            }
            AuditEvidence evidence = evidenceFiles.evidence(id).filter(AuditEvidence::hasFile).orElse(null);
            if (evidence == null) {
                response.sendError(404);
                return;
            }
            Downloads.file(response, evidence.getContent(), evidence.getContentType(), evidence.getFileName());
        });
    }
}
