package org.bitpoll.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.bitpoll.platform.config.Settings;

/**
 * Defence in depth against cross-site request forgery, next to the view state every form carries: a request
 * that may change something (any method but GET, HEAD and OPTIONS) is refused with the 400 page, before any
 * page sees it, unless it comes from a page of this site ({@link SiteOrigin}). Posts that log in, log out or
 * start an account must name their origin: one with neither {@code Origin} nor {@code Referer} is refused there
 * (a forged login would sign a victim into the attacker's account). Mapped in web.xml.
 */
public class CrossSiteRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** Where a post must say where it comes from. */
    private static final List<String> ORIGIN_REQUIRED = List.of("/login/", "/logout", "/register/", "/password-reset/");

    @Inject
    private Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE_METHODS.contains(request.getMethod()) && !fromThisSite(request)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean fromThisSite(HttpServletRequest request) {
        String host = request.getServerName();
        String requestOrigin =
                request.getScheme() + "://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
                        + ":" + request.getServerPort();
        String origin = request.getHeader("Origin");
        String referer = request.getHeader("Referer");
        if (origin == null && referer == null && originRequired(request)) {
            return false;
        }
        return new SiteOrigin(settings.getBaseUrl(), requestOrigin).accepts(origin, referer);
    }

    private static boolean originRequired(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ORIGIN_REQUIRED.stream().anyMatch(path::startsWith);
    }
}
