package org.bitpoll.comment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.error.TooManyRequestsException;
import org.bitpoll.platform.ratelimit.LocalRateLimiter;
import org.junit.jupiter.api.Test;

/**
 * The default comment limits for guests: 10 an hour per client, 30 an hour per poll, on a fake clock; a refusal
 * names the time of day to wait for, in the visitor's zone.
 */
class CommentLimitsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final AtomicLong nanos = new AtomicLong();
    private final CommentLimits limits =
            new CommentLimits(new LocalRateLimiter(nanos::get, 1000), new Settings(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aClientMayCommentTenTimesAnHourAndIsToldUntilWhenToWait() {
        for (long poll = 0; poll < 10; poll++) {
            limits.consume("203.0.113.7", poll, BERLIN);
        }

        assertThatThrownBy(() -> limits.consume("203.0.113.7", 99L, BERLIN))
                .isInstanceOfSatisfying(TooManyRequestsException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.comment.tooManyFromClient");
                    assertThat(refused.retryAfterSeconds()).isEqualTo(360);
                    // one comment more every 6 minutes: 10:06:00 UTC is 11:06:00 in Berlin
                    assertThat(refused.arguments()).containsExactly(360L, 6L, "11:06:00");
                });
        limits.consume("203.0.113.8", 99L, BERLIN);
        nanos.addAndGet(Duration.ofMinutes(6).toNanos());
        limits.consume("203.0.113.7", 99L, BERLIN);
    }

    @Test
    void aPollTakesThirtyGuestCommentsAnHourAndAClientsRefusedCommentsDoNotCount() {
        for (int client = 0; client < 3; client++) {
            for (int comment = 0; comment < 10; comment++) {
                limits.consume("198.51.100." + client, 7L, ZoneOffset.UTC);
            }
            int refusedClient = client;
            assertThatThrownBy(() -> limits.consume("198.51.100." + refusedClient, 7L, ZoneOffset.UTC))
                    .isInstanceOf(TooManyRequestsException.class);
        }

        assertThatThrownBy(() -> limits.consume("192.0.2.1", 7L, ZoneOffset.UTC))
                .isInstanceOfSatisfying(TooManyRequestsException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.comment.tooManyForPoll");
                    assertThat(refused.arguments()).containsExactly(120L, 2L, "10:02:00");
                });
        limits.consume("192.0.2.1", 8L, ZoneOffset.UTC);
    }
}
