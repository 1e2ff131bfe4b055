package jp.medsec.web.holder;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.medsec.certification.CertificateNumber;
import jp.medsec.claims.ClaimReview;
import jp.medsec.audit.AuditEvidence;
import jp.medsec.audit.Audits;
import jp.medsec.claims.Evidence;
import jp.medsec.personnel.CompletionCertificate;
import jp.medsec.personnel.CompletionCertificates;
import jp.medsec.certification.documents.CertificateDocuments;
import jp.medsec.web.PublicAddress;
import jp.medsec.web.faces.FacesMessages;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Downloads. {@code /holder/documents/certificate?n=}, {@code /holder/documents/completion?n=} and
 * {@code /holder/documents/attendance?from=&to=} for a holder's own documents; {@code /staff/documents/certificate?n=},
 * {@code /staff/documents/completion?n=}, {@code /staff/documents/evidence?claim=} and
 * {@code /staff/documents/audit-evidence?id=} for staff; {@code /institution/documents/audit-evidence?id=} for an
 * officer's own institution's audit evidence (another institution's is 404). The URL patterns sit under the role's
 * security constraint, and the services check again.
 */
@WebServlet(urlPatterns = {"/holder/documents/*", "/staff/documents/*", "/institution/documents/*"})
public class DocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CertificateDocuments documents;

    @Inject
    private ClaimReview claims;

    @Inject
    private CompletionCertificates completions;

    @Inject
    private Audits audits;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean staff = request.getServletPath().startsWith("/staff/");
        boolean institution = request.getServletPath().startsWith("/institution/");
        String what = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            switch (what) {
                case "/certificate" -> {
                    if (institution) {
                        response.sendError(404);
                        return;
                    }
                    String number = request.getParameter("n");
                    if (!CertificateNumber.isWellFormed(number)) {
                        response.sendError(400, "n must be a certificate number");
                        return;
                    }
                    CertificateNumber parsed = CertificateNumber.parse(number);
                    String base = PublicAddress.of(request);
                    byte[] pdf = staff ? documents.certificate(parsed, base) : documents.myCertificate(parsed, base);
                    send(response, pdf, "certificate-" + parsed.value() + ".pdf");
                }
                case "/audit-evidence" -> {
                    if (!staff && !institution) {
                        response.sendError(404);
                        return;
                    }
                    long evidenceId = Long.parseLong(String.valueOf(request.getParameter("id")));
                    AuditEvidence evidence = audits.evidence(evidenceId).filter(AuditEvidence::hasFile).orElse(null);
                    if (evidence == null) {
                        response.sendError(404);
                        return;
                    }
                    send(response, evidence.getContent(), evidence.getContentType(), evidence.getFileName());
                }
                case "/audit-report" -> {
                    if (!staff && !institution) {
                        response.sendError(404);
                        return;
                    }
                    long auditId = Long.parseLong(String.valueOf(request.getParameter("id")));
                    send(response, audits.report(auditId), "audit-report-" + auditId + ".pdf");
                }
                case "/completion" -> {
                    if (institution) {
                        response.sendError(404);
                        return;
                    }
                    String number = String.valueOf(request.getParameter("n")).strip().toUpperCase(java.util.Locale.ROOT);
                    if (!CompletionCertificate.isNumber(number)) {
                        response.sendError(400, "n must be a completion certificate number (SCA-00000001)");
                        return;
                    }
                    String base = PublicAddress.of(request);
                    byte[] pdf = staff ? completions.pdf(number, base) : completions.myPdf(number, base);
                    send(response, pdf, "completion-" + number + ".pdf");
                }
                case "/attendance" -> {
                    if (staff || institution) {
                        response.sendError(404);
                        return;
                    }
                    LocalDate from = LocalDate.parse(String.valueOf(request.getParameter("from")));
                    LocalDate to = LocalDate.parse(String.valueOf(request.getParameter("to")));
                    if (to.isBefore(from) || from.plusYears(CertificateDocuments.MAX_PERIOD_YEARS).isBefore(to)
                            || from.isBefore(CertificateDocuments.EARLIEST_DAY)) {
                        response.sendError(400, "The period must start on " + CertificateDocuments.EARLIEST_DAY
                                + " or later, end on or after its start and last at most "
                                + CertificateDocuments.MAX_PERIOD_YEARS + " years");
                        return;
                    }
                    send(response, documents.myAttendanceCertificate(from, to), "attendance-" + from + "-" + to + ".pdf");
                }
                case "/evidence" -> {
                    if (!staff) {
                        response.sendError(404);
                        return;
                    }
                    long claimId = Long.parseLong(String.valueOf(request.getParameter("claim")));
                    Evidence evidence = claims.evidence(claimId).orElse(null);
                    if (evidence == null) {
                        response.sendError(404);
                        return;
                    }
                    send(response, evidence.getContent(), evidence.getContentType(), evidence.getFileName());
                }
                default -> response.sendError(404);
            }
        } catch (NumberFormatException e) {
            response.sendError(400, "claim and id must be numbers");
        } catch (DateTimeParseException e) {
            response.sendError(400, "from and to must be dates (yyyy-MM-dd)");
        } catch (EJBAccessException e) {
            response.sendError(403);
        } catch (RuntimeException e) {
            String refusal = FacesMessages.refusal(e);
            if (refusal == null) {
                throw e;
            }
            response.sendError(e instanceof jp.medsec.shared.NotFound ? 404 : e instanceof IllegalArgumentException ? 400 : 409,
                    refusal);
        }
    }

    private static void send(HttpServletResponse response, byte[] pdf, String fileName) throws IOException {
        send(response, pdf, "application/pdf", fileName);
    }

    private static void send(HttpServletResponse response, byte[] content, String contentType, String fileName)
            throws IOException {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
