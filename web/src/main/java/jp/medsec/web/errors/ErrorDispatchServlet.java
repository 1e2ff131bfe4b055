package jp.medsec.web.errors;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.medsec.web.api.ApiError;
import jp.medsec.web.health.DatabaseUnavailable;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where every error the container itself answers ends up (web.xml's error pages): a request under {@code /api/} gets
 * the API's JSON error body with the status (401 with a Basic challenge, 503 with {@code Retry-After}), a page request
 * the page for that status. An unavailable database is 503 for both, whatever the exception it surfaced as. Only an
 * unexpected failure is logged, once, here.
 */
@WebServlet(name = "errors", urlPatterns = "/error/dispatch")
public class ErrorDispatchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorDispatchServlet.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    private static final Map<Integer, String> PAGES = Map.of(400, "/error/request.xhtml", 403, "/error/403.xhtml",
            404, "/error/404.xhtml", 405, "/error/request.xhtml", 409, "/error/request.xhtml",
            413, "/error/request.xhtml", 415, "/error/request.xhtml", 503, "/error/unavailable.xhtml");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c ? c : 500;
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (failure != null && DatabaseUnavailable.isCause(failure)) {
            status = 503;
            LOG.warning("Answered 503 for " + uri + ", the database is unavailable: " + failure);
        } else if (failure != null || status >= 500) {
            LOG.log(Level.SEVERE, "Request to " + uri + " failed", failure);
        }
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status);
        if (status == 503) {
            response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        }
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            api(response, status);
            return;
        }
        request.getRequestDispatcher(PAGES.getOrDefault(status, "/error/500.xhtml")).forward(request, response);
    }

    private static void api(HttpServletResponse response, int status) throws IOException {
        String error = switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "request_too_large";
            case 415 -> "unsupported_media_type";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal_error" : "bad_request";
        };
        String message = switch (status) {
            case 400 -> "The request could not be read (its address, headers or body are malformed).";
            case 401 -> "Sign in first: send HTTP Basic credentials of an account allowed to use this endpoint.";
            case 403 -> "Your account's role may not use this endpoint.";
            case 404 -> "There is no such resource.";
            case 503 -> "The registry's database cannot be reached just now; try again shortly.";
            default -> status >= 500 ? "The request could not be completed." : "The request was refused.";
        };
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"MedSec Registry\", charset=\"UTF-8\"");
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(new ApiError(error, message, List.of())));
    }
}
