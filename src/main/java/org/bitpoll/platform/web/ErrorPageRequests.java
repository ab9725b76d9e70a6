package org.bitpoll.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * An error page is rendered from the address alone: it sees none of the failed request's parameters (which may
 * be the very reason it failed: too many, unreadable, a view state of another page) and is a whole page, never
 * an ajax answer, so it renders the same whatever the request carried. Mapped in web.xml for error dispatches.
 */
public class ErrorPageRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new AddressOnly(request), response);
    }

    private static final class AddressOnly extends HttpServletRequestWrapper {

        /** The header with which Faces' and PrimeFaces' scripts mark an ajax request. */
        private static final String FACES_REQUEST = "Faces-Request";

        AddressOnly(HttpServletRequest request) {
            super(request);
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

        @Override
        public String getHeader(String name) {
            return FACES_REQUEST.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return FACES_REQUEST.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }
    }
}
