package org.bitpoll.platform.ratelimit;

import java.time.Duration;
import org.bitpoll.platform.error.Rule;
import org.bitpoll.platform.error.TooManyRequestsException;

/**
 * Counts what a client, a poll or an account does against a {@link Limit}: votes today, later comments, logins
 * and registrations. Each key (a client address, a poll, a user name) has its own allowance per limit. The one
 * implementation now, {@link LocalRateLimiter}, keeps the allowances in this server's memory; a cluster would
 * back this interface with the database (Bucket4j has PostgreSQL back ends for the same buckets).
 */
public interface RateLimiter {

    /**
     * Takes one permit from {@code key}'s allowance under {@code limit}. Returns {@link Duration#ZERO} when it was
     * taken, else how long until one is free again (nothing is taken then).
     */
    Duration tryConsume(Limit limit, String key);

    /**
     * Takes one permit from {@code key}'s allowance under {@code limit}, or refuses the request: a
     * {@link TooManyRequestsException} with the rule whose message says how long to wait (nothing is taken then).
     */
    default void consume(Limit limit, String key, Rule refused) {
        Duration wait = tryConsume(limit, key);
        if (!wait.isZero()) {
            throw new TooManyRequestsException(refused, wait);
        }
    }

    /**
     * How long until {@code key} could take a permit under {@code limit}, without taking one: {@link Duration#ZERO}
     * when one is free now. For limits that count failures, such as wrong passwords: ask before, consume after.
     */
    Duration waitFor(Limit limit, String key);

    /**
     * Releases the allowances nobody used for their limit's period (they are full again, so forgetting them
     * changes nothing), now rather than on some later use; returns how many were released.
     */
    long releaseIdle();
}
