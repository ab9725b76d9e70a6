package org.bitpoll.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bitpoll.account.domain.AccountRule;
import org.bitpoll.account.domain.EmailAddresses;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.ratelimit.Limit;
import org.bitpoll.platform.ratelimit.RateLimiter;

/**
 * How often strangers may ask for mails (product decision 5): registration requests and password-reset requests,
 * each per client address (10 an hour by default) and per e-mail address (3 an hour), operator settings. The
 * client's limit is asked first; a request it refuses does not count against the address.
 */
@ApplicationScoped
public class AccountLimits {

    private RateLimiter limiter;
    private Settings settings;

    AccountLimits() {}

    @Inject
    AccountLimits(RateLimiter limiter, Settings settings) {
        this.limiter = limiter;
        this.settings = settings;
    }

    /** Counts one registration request from {@code client} for {@code email}, or refuses it with the wait. */
    public void registration(String client, String email) {
        limiter.consume(
                Limit.perHour("registrations-per-client", settings.getRegistrationsPerClientPerHour()),
                client,
                AccountRule.TOO_MANY_REGISTRATIONS_FROM_CLIENT);
        limiter.consume(
                Limit.perHour("registrations-per-email", settings.getRegistrationsPerEmailPerHour()),
                EmailAddresses.key(email),
                AccountRule.TOO_MANY_REGISTRATIONS_FOR_EMAIL);
    }

    /** Counts one password-reset request from {@code client} for {@code email}, or refuses it with the wait. */
    public void passwordReset(String client, String email) {
        limiter.consume(
                Limit.perHour("resets-per-client", settings.getResetsPerClientPerHour()),
                client,
                AccountRule.TOO_MANY_RESETS_FROM_CLIENT);
        limiter.consume(
                Limit.perHour("resets-per-email", settings.getResetsPerEmailPerHour()),
                EmailAddresses.key(email),
                AccountRule.TOO_MANY_RESETS_FOR_EMAIL);
    }
}
