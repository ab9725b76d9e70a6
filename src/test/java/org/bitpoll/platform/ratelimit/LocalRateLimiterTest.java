package org.bitpoll.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token buckets on a fake clock: bursts, even refill, separate keys and limits, expiry and the bound. */
class LocalRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final LocalRateLimiter limiter = new LocalRateLimiter(now::get, 1000);
    private final Limit tenAMinute = Limit.perMinute("test", 10);

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    private void consumeAll(Limit limit, String key, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(limiter.tryConsume(limit, key)).as("permit %d", i + 1).isZero();
        }
    }

    @Test
    void aBurstOfThePermitsPassesAndTheNextWaitsForTheRefill() {
        consumeAll(tenAMinute, "client", 10);

        assertThat(limiter.tryConsume(tenAMinute, "client")).isEqualTo(Duration.ofSeconds(6));
        advance(Duration.ofSeconds(4));
        assertThat(limiter.tryConsume(tenAMinute, "client")).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void theAllowanceRefillsEvenlyOverThePeriod() {
        consumeAll(tenAMinute, "client", 10);

        advance(Duration.ofSeconds(6));
        assertThat(limiter.tryConsume(tenAMinute, "client")).isZero();
        assertThat(limiter.tryConsume(tenAMinute, "client")).isPositive();
        advance(Duration.ofMinutes(1));
        consumeAll(tenAMinute, "client", 10);
        assertThat(limiter.tryConsume(tenAMinute, "client")).isPositive();
    }

    @Test
    void aRefusedRequestTakesNothing() {
        consumeAll(tenAMinute, "client", 10);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryConsume(tenAMinute, "client")).isPositive();
        }

        advance(Duration.ofSeconds(6));
        assertThat(limiter.tryConsume(tenAMinute, "client")).isZero();
    }

    @Test
    void keysAndLimitsHaveTheirOwnAllowances() {
        consumeAll(tenAMinute, "one", 10);

        assertThat(limiter.tryConsume(tenAMinute, "one")).isPositive();
        assertThat(limiter.tryConsume(tenAMinute, "two")).isZero();
        assertThat(limiter.tryConsume(Limit.perMinute("other", 10), "one")).isZero();
    }

    @Test
    void aChangedLimitStartsAfresh() {
        consumeAll(tenAMinute, "client", 10);

        Limit twenty = Limit.perMinute("test", 20);
        consumeAll(twenty, "client", 20);
        assertThat(limiter.tryConsume(twenty, "client")).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void bucketsLeftAloneForTheirPeriodAreDropped() {
        consumeAll(tenAMinute, "client", 10);
        assertThat(limiter.size()).isEqualTo(1);

        advance(Duration.ofMinutes(1).plusNanos(1));

        assertThat(limiter.size()).isZero();
        consumeAll(tenAMinute, "client", 10);
    }

    @Test
    void theNumberOfBucketsIsBounded() {
        for (int i = 0; i < 5000; i++) {
            limiter.tryConsume(tenAMinute, "client-" + i);
        }

        assertThat(limiter.size()).isLessThanOrEqualTo(1000);
    }

    @Test
    void aLimitNeedsPermitsAndAPeriod() {
        assertThatThrownBy(() -> Limit.perHour("none", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limit("never", 1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void askingHowLongToWaitTakesNothing() {
        assertThat(limiter.waitFor(tenAMinute, "client")).isZero();
        consumeAll(tenAMinute, "client", 9);
        assertThat(limiter.waitFor(tenAMinute, "client")).isZero();
        assertThat(limiter.waitFor(tenAMinute, "client")).isZero();

        consumeAll(tenAMinute, "client", 1);
        assertThat(limiter.waitFor(tenAMinute, "client")).isEqualTo(Duration.ofSeconds(6));
        advance(Duration.ofSeconds(6));
        assertThat(limiter.waitFor(tenAMinute, "client")).isZero();
        assertThat(limiter.waitFor(tenAMinute, "other")).isZero();
        assertThat(limiter.size()).isEqualTo(1);
    }

    @Test
    void releasingIdleBucketsFreesThoseUnusedForTheirPeriodAndKeepsTheOthers() {
        consumeAll(tenAMinute, "idle", 3);
        consumeAll(Limit.perHour("hourly", 5), "busy", 1);
        advance(Duration.ofMinutes(2));

        assertThat(limiter.releaseIdle()).isEqualTo(1);
        assertThat(limiter.size()).isEqualTo(1);
        assertThat(limiter.releaseIdle()).isZero();
        assertThat(limiter.tryConsume(Limit.perHour("hourly", 5), "busy")).isZero();
    }
}
