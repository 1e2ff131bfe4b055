package jp.medsec.web.incident;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.medsec.incident.IncidentFile;
import jp.medsec.incident.Incidents;
import jp.medsec.web.documents.Downloads;

import java.io.IOException;

/**
 * A file of an incident ({@code /institution/documents/incident-file?id=}, {@code /staff/documents/incident-file?id=}):
 * under the role's security constraint, and the service answers not found to anyone not involved.
 */
@WebServlet(urlPatterns = {"/institution/documents/incident-file", "/staff/documents/incident-file"})
public class IncidentFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Incidents incidents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.answer(response, () -> {
            IncidentFile file = incidents.file(Long.parseLong(String.valueOf(request.getParameter("id"))));
            Downloads.file(response, file.getContent(), file.getContentType(), file.getFileName());
        });
    }
}
