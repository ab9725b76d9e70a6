package org.bitpoll.vote.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.bitpoll.account.domain.Account;
import org.bitpoll.platform.security.CurrentVisitor;
import org.bitpoll.platform.web.Cookies;
import org.bitpoll.poll.domain.Manager;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.poll.web.PollManagers;
import org.bitpoll.vote.domain.Voter;

/**
 * This browser as a {@link Voter}: the logged-in account, whether it manages the poll at hand, and the edit tokens
 * of guest votes it remembers in cookies named {@code bitpoll-vote-<vote id>} (HTTP-only, SameSite=Lax, a year).
 */
@RequestScoped
public class Voters {

    private static final String COOKIE_PREFIX = "bitpoll-vote-";

    @Inject
    private HttpServletRequest request;

    @Inject
    private CurrentVisitor visitor;

    @Inject
    private PollManagers managers;

    /** The visitor of this request as a voter on a given poll. */
    public Function<Poll, Voter> forPoll() {
        Map<Long, String> tokens = editTokens();
        Manager manager = managers.current();
        Long accountId = visitor.account().map(Account::getId).orElse(null);
        String displayName = visitor.getDisplayName();
        return poll -> new Voter(accountId, displayName, poll.canBeManagedBy(manager), tokens);
    }

    private Map<Long, String> editTokens() {
        Map<Long, String> tokens = new HashMap<>();
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                String name = cookie.getName();
                if (name.startsWith(COOKIE_PREFIX)
                        && name.length() > COOKIE_PREFIX.length()
                        && name.substring(COOKIE_PREFIX.length()).chars().allMatch(Character::isDigit)
                        && name.length() - COOKIE_PREFIX.length() <= 18) {
                    tokens.put(Long.valueOf(name.substring(COOKIE_PREFIX.length())), cookie.getValue());
                }
            }
        }
        return tokens;
    }

    /** Makes this browser remember the edit token of a guest vote. */
    public static void remember(HttpServletRequest request, HttpServletResponse response, Long voteId, String token) {
        Cookies.remember(request, response, COOKIE_PREFIX + voteId, token);
    }
}
