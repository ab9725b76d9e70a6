package org.bitpoll.admin.web;

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
 * (the container's {@code admin} role) gets the 403 page before any page or view state is touched, guests
 * included (a login link would tell nothing a guest needs; administrators log in from the header). The services
 * check the role again.
 */
@WebFilter("/admin/*")
public class AdminArea extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null || !request.isUserInRole(Visitors.ADMIN_ROLE)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
