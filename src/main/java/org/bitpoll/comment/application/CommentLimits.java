package org.bitpoll.comment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.bitpoll.comment.domain.CommentRule;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.error.Rule;
import org.bitpoll.platform.error.TooManyRequestsException;
import org.bitpoll.platform.ratelimit.Limit;
import org.bitpoll.platform.ratelimit.RateLimiter;

/**
 * How many comments guests write (product decision 5): per client address (10 an hour by default) and per poll (30
 * an hour), both operator settings; logged-in people are not limited. Counted only once the anti-spam question was
 * answered right; a comment the client's limit refuses does not count against the poll's. A refusal says until
 * when to wait, as a time of day in the visitor's zone ("Please wait until 14:05:09").
 */
@ApplicationScoped
public class CommentLimits {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private RateLimiter limiter;
    private Settings settings;
    private Clock clock;

    CommentLimits() {}

    @Inject
    CommentLimits(RateLimiter limiter, Settings settings, Clock clock) {
        this.limiter = limiter;
        this.settings = settings;
        this.clock = clock;
    }

    /** Counts one guest comment from {@code client} on the poll with this id, or refuses it with the time to wait. */
    public void consume(String client, Long pollId, ZoneId zone) {
        consume(
                Limit.perHour("comments-per-client", settings.getCommentsPerClientPerHour()),
                client,
                CommentRule.TOO_MANY_FROM_CLIENT,
                zone);
        consume(
                Limit.perHour("comments-per-poll", settings.getCommentsPerPollPerHour()),
                pollId.toString(),
                CommentRule.TOO_MANY_FOR_POLL,
                zone);
    }

    private void consume(Limit limit, String key, Rule refused, ZoneId zone) {
        Duration wait = limiter.tryConsume(limit, key);
        if (!wait.isZero()) {
            Duration rounded = Duration.ofSeconds((wait.toMillis() + 999) / 1000);
            String until = TIME.format(clock.instant().plus(rounded).atZone(zone));
            throw new TooManyRequestsException(refused, wait, until);
        }
    }
}
