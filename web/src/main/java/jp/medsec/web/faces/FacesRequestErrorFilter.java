package jp.medsec.web.faces;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.csp.CspException;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Requests that fail because of what the client sent, not because of the server, answer 4xx with a page that says
 * what to do: an expired or forged form (view state or CSP nonce) is 400, a protected view opened without its token
 * is 403. Everything else goes on to the 500 page.
 */
@WebFilter(filterName = "facesRequestErrors", urlPatterns = "*.xhtml")
public class FacesRequestErrorFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof ViewExpiredException || cause instanceof CspException) {
                    answer(request, response, 400, "/error/expired.xhtml", e);
                    return;
                }
                cause = cause.getCause() == cause ? null : cause.getCause();
            }
            throw e;
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, int status, String page,
                               Exception e) throws IOException, ServletException {
        if (response.isCommitted()) {
            throw new ServletException(e);
        }
        response.reset();
        response.setStatus(status);
        // The error page is rendered as a fresh GET: the refused form's fields must not be taken for a postback.
        request.getRequestDispatcher(page).forward(new FreshGet(request), response);
    }

    private static final class FreshGet extends HttpServletRequestWrapper {

        FreshGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
