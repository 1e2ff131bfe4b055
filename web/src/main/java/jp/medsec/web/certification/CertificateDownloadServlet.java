package jp.medsec.web.certification;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.medsec.certification.CertificateNumber;
import jp.medsec.certification.documents.CertificateDocuments;
import jp.medsec.web.PublicAddress;
import jp.medsec.web.documents.Downloads;

import java.io.IOException;
import java.time.LocalDate;

/**
 * Certificates ({@code /holder/documents/certificate?n=}, a holder's own; {@code /staff/documents/certificate?n=}, any)
 * and a holder's attendance certificate ({@code /holder/documents/attendance?from=&to=}). The URLs sit under the
 * role's security constraint, and the services check again.
 */
@WebServlet(urlPatterns = {"/holder/documents/certificate", "/staff/documents/certificate", "/holder/documents/attendance"})
public class CertificateDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CertificateDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.answer(response, () -> {
            if (request.getServletPath().endsWith("/attendance")) {
                attendance(request, response);
                return;
            }
            String number = request.getParameter("n");
            if (!CertificateNumber.isWellFormed(number)) {
                response.sendError(400, "n must be a certificate number");
                return;
            }
            CertificateNumber parsed = CertificateNumber.parse(number);
            String base = PublicAddress.of(request);
            byte[] pdf = request.getServletPath().startsWith("/staff/") ? documents.certificate(parsed, base)
                    : documents.myCertificate(parsed, base);
            Downloads.pdf(response, pdf, "certificate-" + parsed.value() + ".pdf");
        });
    }

    private void attendance(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate from = LocalDate.parse(String.valueOf(request.getParameter("from")));
        LocalDate to = LocalDate.parse(String.valueOf(request.getParameter("to")));
        if (to.isBefore(from) || from.plusYears(CertificateDocuments.MAX_PERIOD_YEARS).isBefore(to)
                || from.isBefore(CertificateDocuments.EARLIEST_DAY)) {
            response.sendError(400, "The period must start on " + CertificateDocuments.EARLIEST_DAY
                    + " or later, end on or after its start and last at most " + CertificateDocuments.MAX_PERIOD_YEARS + " years");
            return;
        }
        Downloads.pdf(response, documents.myAttendanceCertificate(from, to), "attendance-" + from + "-" + to + ".pdf");
    }
}
