package org.bitpoll.vote.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.ratelimit.Limit;
import org.bitpoll.platform.ratelimit.RateLimiter;
import org.bitpoll.vote.domain.VoteRule;

/**
 * How many votes may come in (product decision 5): per client address (10 a minute by default) and per poll (200
 * an hour), both operator settings. Casting and changing a vote each count; a vote the client's limit refuses does
 * not count against the poll's.
 */
@ApplicationScoped
public class VoteLimits {

    private RateLimiter limiter;
    private Settings settings;

    VoteLimits() {}

    @Inject
    VoteLimits(RateLimiter limiter, Settings settings) {
        this.limiter = limiter;
        this.settings = settings;
    }

    /** Counts one vote from {@code client} on the poll {@code slug}, or refuses it with how long to wait. */
    public void consume(String client, String slug) {
        limiter.consume(
                Limit.perMinute("votes-per-client", settings.getVotesPerClientPerMinute()),
                client,
                VoteRule.TOO_MANY_FROM_CLIENT);
        limiter.consume(
                Limit.perHour("votes-per-poll", settings.getVotesPerPollPerHour()), slug, VoteRule.TOO_MANY_FOR_POLL);
    }
}
