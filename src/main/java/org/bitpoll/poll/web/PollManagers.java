package org.bitpoll.poll.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.bitpoll.account.domain.Account;
import org.bitpoll.platform.security.CurrentVisitor;
import org.bitpoll.platform.web.Cookies;
import org.bitpoll.poll.domain.Manager;

/**
 * This browser as a possible manager of polls: the logged-in account, and the management tokens it remembers in
 * cookies named {@code bitpoll-manage-<poll id>} (HTTP-only, SameSite=Lax, path {@code /}, one year).
 */
@RequestScoped
public class PollManagers {

    private static final String COOKIE_PREFIX = "bitpoll-manage-";

    @Inject
    private HttpServletRequest request;

    @Inject
    private CurrentVisitor visitor;

    /** The visitor of this request as a {@link Manager}. */
    public Manager current() {
        Map<Long, String> tokens = new HashMap<>();
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().startsWith(COOKIE_PREFIX)) {
                    try {
                        tokens.put(Long.valueOf(cookie.getName().substring(COOKIE_PREFIX.length())), cookie.getValue());
                    } catch (NumberFormatException ignored) {
                        // not one of ours
                    }
                }
            }
        }
        Long accountId = visitor.account().map(Account::getId).orElse(null);
        return new Manager(accountId, Set.of(), visitor.isSiteAdmin(), tokens);
    }

    /** Makes this browser remember the management token of a poll. */
    public static void remember(HttpServletRequest request, HttpServletResponse response, Long pollId, String token) {
        Cookies.remember(request, response, COOKIE_PREFIX + pollId, token);
    }
}
