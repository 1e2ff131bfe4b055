package jp.medsec.web.claims;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.medsec.claims.ClaimReview;
import jp.medsec.claims.Evidence;
import jp.medsec.web.documents.Downloads;

import java.io.IOException;

/** The evidence file of a points claim, for the staff who review it ({@code /staff/documents/evidence?claim=}). */
@WebServlet(urlPatterns = "/staff/documents/evidence")
public class ClaimEvidenceDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClaimReview claims;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.answer(response, () -> {
            Evidence evidence = claims.evidence(Long.parseLong(String.valueOf(request.getParameter("claim")))).orElse(null);
            if (evidence == null) {
                response.sendError(404);
                return;
            }
            Downloads.file(response, evidence.getContent(), evidence.getContentType(), evidence.getFileName());
        });
    }
}
