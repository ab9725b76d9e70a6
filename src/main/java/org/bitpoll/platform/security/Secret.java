package org.bitpoll.platform.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.bitpoll.platform.web.Cookies;

/**
 * The secrets a browser can hold: the management token of a poll made without login, and the edit token of a
 * guest vote. Each has its link ({@code /manage/<token>}, {@code /editvote/<token>}) and is remembered in cookies
 * named by prefix and id ({@code bitpoll-manage-<poll id>}, {@code bitpoll-vote-<vote id>}; see {@link Cookies}).
 */
public enum Secret {
    MANAGEMENT("/manage", "bitpoll-manage-"),
    VOTE_EDIT("/editvote", "bitpoll-vote-");

    /** Longest id in a cookie name: a positive {@code long}. */
    private static final int MAX_ID_DIGITS = 18;

    private final String linkPath;
    private final String cookiePrefix;

    Secret(String linkPath, String cookiePrefix) {
        this.linkPath = linkPath;
        this.cookiePrefix = cookiePrefix;
    }

    /** The servlet path of this secret's links. */
    public String linkPath() {
        return linkPath;
    }

    /** The tokens of this kind among the cookies, by id; cookies that are not ours are ignored. */
    Map<Long, String> tokens(Cookie[] cookies) {
        Map<Long, String> tokens = new HashMap<>();
        if (cookies == null) {
            return tokens;
        }
        for (Cookie cookie : cookies) {
            String name = cookie.getName();
            if (name.startsWith(cookiePrefix)) {
                String id = name.substring(cookiePrefix.length());
                if (!id.isEmpty() && id.length() <= MAX_ID_DIGITS && id.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    tokens.put(Long.valueOf(id), cookie.getValue());
                }
            }
        }
        return tokens;
    }

    /** Makes this browser remember the token of the poll or vote with this id. */
    public void remember(HttpServletRequest request, HttpServletResponse response, Long id, String token) {
        Cookies.remember(request, response, cookiePrefix + id, token);
    }
}
