package org.bitpoll.platform.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * How often one thing may happen: at most {@code permits} times within {@code period}, refilled evenly (after a
 * burst of {@code permits}, one more every {@code period / permits}). The name tells the buckets of different
 * limits apart, such as {@code votes-per-client} and {@code votes-per-poll}.
 */
public record Limit(String name, long permits, Duration period) {

    public Limit {
        Objects.requireNonNull(name);
        Objects.requireNonNull(period);
        if (permits < 1) {
            throw new IllegalArgumentException("a limit allows at least one permit: " + permits);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a limit needs a positive period: " + period);
        }
    }

    public static Limit perMinute(String name, long permits) {
        return new Limit(name, permits, Duration.ofMinutes(1));
    }

    public static Limit perHour(String name, long permits) {
        return new Limit(name, permits, Duration.ofHours(1));
    }
}
