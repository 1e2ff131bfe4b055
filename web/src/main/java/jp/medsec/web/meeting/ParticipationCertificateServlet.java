package jp.medsec.web.meeting;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.medsec.meeting.Meetings;
import jp.medsec.web.documents.Downloads;

import java.io.IOException;

/**
 * A participation certificate ({@code /institution/documents/participation?id=}, {@code /staff/documents/participation?id=}):
 * the URLs sit under the role's security constraint, and the service checks whose registration it is.
 */
@WebServlet(urlPatterns = {"/institution/documents/participation", "/staff/documents/participation"})
public class ParticipationCertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Meetings meetings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.answer(response, () -> {
            long id = Long.parseLong(String.valueOf(request.getParameter("id")));
            Downloads.pdf(response, meetings.certificate(id), "participation-" + id + ".pdf");
        });
    }
}
