package org.bitpoll.admin.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bitpoll.platform.security.Visitors;

/**
 * The admin area's door: every request under {@code /admin/}, GET or POST, from anyone but a site administrator
 * (as {@link Visitors} judges it: a flagged, active local account or a directory administrator) gets the 403 page before any page or view state is touched, guests
 * included (a login link would tell nothing a guest needs; administrators log in from the header). The services
 * check the role again.
 */
@WebFilter("/admin/*")
public class AdminArea extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Visitors visitors;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!visitors.current().siteAdmin()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
