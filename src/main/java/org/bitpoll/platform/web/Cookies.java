package org.bitpoll.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one way Bitpoll sets a cookie: for the whole application, HTTP-only (scripts never see secrets), Secure on
 * HTTPS, SameSite=Lax (not sent with cross-site posts), kept for a year.
 */
public final class Cookies {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    private Cookies() {}

    public static void remember(HttpServletRequest request, HttpServletResponse response, String name, String value) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
