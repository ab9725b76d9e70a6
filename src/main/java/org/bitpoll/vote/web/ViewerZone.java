package org.bitpoll.vote.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.bitpoll.platform.security.Visitors;
import org.bitpoll.poll.domain.Poll;

/**
 * The viewer's time zone (F14): a logged-in person's is the one of their account settings; a guest's is the one
 * the browser reports (bitpoll.js stores it in the cookie {@code bitpoll-tz}). A poll is shown in its own zone, or
 * in the viewer's when the poll says so: one rule for the poll page, the vote and edit forms and the CSV export. A
 * missing, overlong or unknown browser zone counts as none, and the poll's own zone is used.
 */
@RequestScoped
public class ViewerZone {

    static final String COOKIE = "bitpoll-tz";

    @Inject
    private HttpServletRequest request;

    @Inject
    private Visitors visitors;

    /** The viewer's zone: the account's for a logged-in person, else the browser's, if known. */
    public Optional<ZoneId> viewerZone() {
        Optional<ZoneId> chosen = visitors.current().accountZone();
        return chosen.isPresent() ? chosen : browserZone();
    }

    /**
     * Whether the viewer's zone is the browser's, so a page shown in it is worth loading again when the browser
     * reports another one (never for an account's zone).
     */
    public boolean followsBrowser() {
        return visitors.current().accountZone().isEmpty();
    }

    public Optional<ZoneId> browserZone() {
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

    /** The zone a poll's times are shown in. */
    public ZoneId displayZone(Poll poll) {
        if (poll.isUseUserTimeZone()) {
            return viewerZone().orElse(poll.zone());
        }
        return poll.zone();
    }
}
