package org.bitpoll.account.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bitpoll.account.domain.Account;
import org.bitpoll.account.domain.AccountRepository;
import org.bitpoll.account.domain.LookupRule;
import org.bitpoll.account.domain.UserSearch;
import org.bitpoll.account.domain.UserSuggestion;
import org.bitpoll.platform.error.ForbiddenException;
import org.bitpoll.platform.ratelimit.Limit;
import org.bitpoll.platform.ratelimit.RateLimiter;
import org.bitpoll.platform.security.Visitor;

/**
 * Finding other people's accounts: the user autocomplete (F36) for logged-in visitors, and the active account
 * behind a typed user name (a poll's new owner, the account a guest vote is assigned to).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AccountLookup {

    /** Suggestions per account: typing asks once per pause, so this passes any typist and stops a harvest. */
    static final Limit SUGGESTIONS = Limit.perMinute("user-suggestions", 60);

    @Inject
    private UserSearch.Finder finder;

    @Inject
    private AccountRepository accounts;

    @Inject
    private RateLimiter limiter;

    /**
     * The accounts matching a typed text, for a logged-in visitor only (a guest is forbidden: the list tells who
     * has an account). Beyond {@link #SUGGESTIONS} an account gets no suggestions until its allowance refills.
     */
    public List<UserSuggestion> suggest(String typed, Visitor visitor) {
        if (!visitor.isLoggedIn()) {
            throw new ForbiddenException(LookupRule.LOGIN_REQUIRED);
        }
        if (!limiter.tryConsume(SUGGESTIONS, String.valueOf(visitor.accountId()))
                .isZero()) {
            return List.of();
        }
        return UserSearch.suggest(typed, finder);
    }

    /** The active account with this user name (compared in lower case, surrounding blanks ignored). */
    public Optional<Account> findActive(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return finder.findActiveByUsername(username.strip().toLowerCase(Locale.ROOT))
                .flatMap(found -> accounts.findById(found.id()));
    }
}
