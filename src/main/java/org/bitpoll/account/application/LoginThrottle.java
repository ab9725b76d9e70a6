package org.bitpoll.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.ratelimit.Limit;
import org.bitpoll.platform.ratelimit.RateLimiter;

/**
 * Slows password guessing (product decision 5): wrong passwords are counted per account (5 in 15 minutes by
 * default) and per client address (20 in 15 minutes, over all accounts it tries). Past either, a login is refused
 * before the realm is asked, until the allowance refills (one more try every 3 minutes per account, every 45
 * seconds per client). Successful logins count nothing. The counters are the platform's bounded rate-limit buckets.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration PERIOD = Duration.ofMinutes(15);

    private RateLimiter limiter;
    private Settings settings;

    LoginThrottle() {}

    @Inject
    public LoginThrottle(RateLimiter limiter, Settings settings) {
        this.limiter = limiter;
        this.settings = settings;
    }

    /** How long {@code client} must wait before trying {@code username} again; zero when it may try now. */
    public Duration waitFor(String username, String client) {
        Duration account = limiter.waitFor(perAccount(), key(username));
        Duration address = limiter.waitFor(perClient(), client);
        return account.compareTo(address) >= 0 ? account : address;
    }

    /** Counts a wrong password (or unknown user name) for both. */
    public void failed(String username, String client) {
        limiter.tryConsume(perAccount(), key(username));
        limiter.tryConsume(perClient(), client);
    }

    private Limit perAccount() {
        return new Limit("login-failures-per-account", settings.getLoginFailuresPerAccount(), PERIOD);
    }

    private Limit perClient() {
        return new Limit("login-failures-per-client", settings.getLoginFailuresPerClient(), PERIOD);
    }

    /** User names are compared as the realm would find them: "Bob" and "bob" share one allowance. */
    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
