package org.bitpoll.platform.web;

import io.undertow.server.RequestTooBigException;
import io.undertow.util.ParameterLimitException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Every request's parameters are read here, first and in one way: as UTF-8, the only encoding Bitpoll's pages
 * send. A request that names another or an unknown charset, or that has more parameters than the listener's
 * max-parameters (see {@code wildfly-config/configure-server.cli}), is answered with the 400 page before any
 * page sees it; a body over the listener's max-post-size ends there too. Faces would otherwise fail on it with a 500 and, worse,
 * remember the charset in the session and fail every later page of that visitor.
 * Mapped in web.xml, first of all filters.
 */
public class RequestParameters extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isUtf8(request.getCharacterEncoding())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            request.getParameterMap();
        } catch (RuntimeException e) {
            if (causedBy(e, ParameterLimitException.class)) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            if (causedBy(e, RequestTooBigException.class)) {
                return; // a body over max-post-size: the listener has closed the connection, no one to answer
            }
            throw e;
        }
        chain.doFilter(request, response);
    }

    private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the charset a request names (null: none) is UTF-8. */
    static boolean isUtf8(String charset) {
        if (charset == null) {
            return true;
        }
        String name = charset.strip();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1);
        }
        try {
            return Charset.forName(name).equals(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return false;
        }
    }
}
