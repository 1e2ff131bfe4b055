package jp.medsec.web.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PrimeFaces' tables read their page from request parameters {@code <table>_first} and {@code <table>_rows} and take
 * them as they come: an offset of -20 or past {@code Integer.MAX_VALUE}, or a word, made the AJAX answer name
 * {@code IllegalArgumentException}. Only a hand-made request sends such values; it gets the first page (or pages of at
 * most {@link PagedModel#MAX_PAGE} rows) instead.
 */
@WebFilter(filterName = "pagingParameters", urlPatterns = "*.xhtml")
public class PagingParameters extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response); // uploads: their parts are read by the page, never a table's page
            return;
        }
        boolean paging = false;
        for (String name : request.getParameterMap().keySet()) {
            if (name.endsWith("_first") || name.endsWith("_rows")) {
                paging = true;
                break;
            }
        }
        chain.doFilter(paging ? new Sanitised(request) : request, response);
    }

    static String sanitise(String name, String value) {
        long number;
        try {
            number = Long.parseLong(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            number = -1;
        }
        if (name.endsWith("_first")) {
            return number < 0 || number > Integer.MAX_VALUE ? "0" : String.valueOf(number);
        }
        return number < 1 ? "10" : String.valueOf(Math.min(number, PagedModel.MAX_PAGE));
    }

    private static final class Sanitised extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters;

        Sanitised(HttpServletRequest request) {
            super(request);
            Map<String, String[]> copy = new LinkedHashMap<>();
            request.getParameterMap().forEach((name, values) -> {
                if (name.endsWith("_first") || name.endsWith("_rows")) {
                    String[] clean = new String[values.length];
                    for (int i = 0; i < values.length; i++) {
                        clean[i] = sanitise(name, values[i]);
                    }
                    copy.put(name, clean);
                } else {
                    copy.put(name, values);
                }
            });
            parameters = Collections.unmodifiableMap(copy);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
