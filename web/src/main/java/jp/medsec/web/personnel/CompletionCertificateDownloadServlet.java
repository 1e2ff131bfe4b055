package jp.medsec.web.personnel;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.medsec.personnel.CompletionCertificate;
import jp.medsec.personnel.CompletionCertificates;
import jp.medsec.web.PublicAddress;
import jp.medsec.web.documents.Downloads;

import java.io.IOException;
import java.util.Locale;

/** Completion certificates (受講修了証): {@code /holder/documents/completion?n=} a holder's own, {@code /staff/…} any. */
@WebServlet(urlPatterns = {"/holder/documents/completion", "/staff/documents/completion"})
public class CompletionCertificateDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompletionCertificates completions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.answer(response, () -> {
            String number = String.valueOf(request.getParameter("n")).strip().toUpperCase(Locale.ROOT);
            if (!CompletionCertificate.isNumber(number)) {
                response.sendError(400, "n must be a completion certificate number (SCA-00000001)");
                return;
            }
            String base = PublicAddress.of(request);
            byte[] pdf = request.getServletPath().startsWith("/staff/") ? completions.pdf(number, base)
                    : completions.myPdf(number, base);
            Downloads.pdf(response, pdf, "completion-" + number + ".pdf");
        });
    }
}
