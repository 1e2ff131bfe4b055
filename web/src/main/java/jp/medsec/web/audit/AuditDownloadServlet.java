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

import java.io.IOException;

/**
 * An audit's evidence files ({@code …/documents/audit-evidence?id=}) and report PDF ({@code …/documents/audit-report?id=}),
 * for staff (any) and officers (their own institution's, or a peer check their institution carries out; another's
 * is 404).
 */
@WebServlet(urlPatterns = {"/staff/documents/audit-evidence", "/institution/documents/audit-evidence",
        "/staff/documents/audit-report", "/institution/documents/audit-report"})
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
