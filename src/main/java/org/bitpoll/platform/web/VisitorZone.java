package org.bitpoll.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.bitpoll.platform.security.Visitors;

/**
 * The visitor's own time zone (F14), whatever page they are on: a logged-in person's is the one of their account
 * settings; a guest's is the one the browser reports (bitpoll.js stores it in the cookie {@code bitpoll-tz}). A
 * missing, overlong or unknown browser zone counts as none. Which zone a poll's times are shown in is the poll's
 * rule ({@code vote.web.ViewerZone}); pages without it (the comments) fall back to the poll's zone themselves.
 */
@RequestScoped
public class VisitorZone {

    static final String COOKIE = "bitpoll-tz";

    @Inject
    private HttpServletRequest request;

    @Inject
    private Visitors visitors;

    /** The visitor's zone: the account's for a logged-in person, else the browser's, if known. */
    public Optional<ZoneId> zone() {
        Optional<ZoneId> chosen = visitors.current().accountZone();
        return chosen.isPresent() ? chosen : browserZone();
    }

    /**
     * Whether the visitor's zone is the browser's, so a page shown in it is worth loading again when the browser
     * reports another one (never for an account's zone).
     */
    public boolean followsBrowser() {
        return visitors.current().accountZone().isEmpty();
    }

    private Optional<ZoneId> browserZone() {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue().length() <= 40) {
                try {
                    return Optional.of(ZoneId.of(cookie.getValue()));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
