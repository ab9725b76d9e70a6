package org.bitpoll.platform.persistence;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * For tests only, and off unless the server runs with {@code -Dbitpoll.statement-probe=true}: a request that
 * carries the header {@code X-Bitpoll-Probe: <id>} has its SQL statements counted, and
 * {@code GET /__probe/statements?id=<id>} answers the count. Without the property both are inert (404).
 * Mapped first in web.xml, so it sees requests before the router forwards them.
 */
public class StatementProbe extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String HEADER = "X-Bitpoll-Probe";
    private static final Map<String, Integer> COUNTS =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                    return size() > 1000;
                }
            });

    private static boolean enabled() {
        return Boolean.getBoolean("bitpoll.statement-probe");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/__probe/statements")) {
            Integer count = enabled() ? COUNTS.get(String.valueOf(request.getParameter("id"))) : null;
            if (count == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType("text/plain");
            response.getWriter().print(count);
            return;
        }
        String probe = enabled() ? request.getHeader(HEADER) : null;
        if (probe == null) {
            chain.doFilter(request, response);
            return;
        }
        StatementCounter.reset();
        try {
            chain.doFilter(request, response);
        } finally {
            COUNTS.put(probe, StatementCounter.count());
        }
    }
}
