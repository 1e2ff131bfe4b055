package jp.medsec.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Security headers on every response. The script policy of Faces pages comes from PrimeFaces' CSP mode (a nonce per
 * response, {@code primefaces.CSP} in web.xml); this policy adds what holds everywhere. Browsers enforce every CSP
 * header they get, so the two combine.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // On Faces pages PrimeFaces' own header restricts scripts to its nonce; this one must not block them too.
        response.setHeader("Content-Security-Policy", POLICY + (isFacesPage(request)
                ? "; script-src 'self' 'unsafe-inline' 'unsafe-eval'" : "; script-src 'self'"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
        if (isFacesPage(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    private static boolean isFacesPage(HttpServletRequest request) {
        return request.getRequestURI().endsWith(".xhtml") || request.getRequestURI().endsWith("/");
    }
}
