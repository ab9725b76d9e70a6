package org.bitpoll.vote.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.error.TooManyRequestsException;
import org.bitpoll.platform.ratelimit.LocalRateLimiter;
import org.junit.jupiter.api.Test;

/** The default vote limits: 10 a minute per client, 200 an hour per poll, on a fake clock. */
class VoteLimitsTest {

    private final AtomicLong now = new AtomicLong();
    private final VoteLimits limits = new VoteLimits(new LocalRateLimiter(now::get, 1000), new Settings());

    @Test
    void aClientMayVoteTenTimesAMinute() {
        for (int i = 0; i < 10; i++) {
            limits.consume("203.0.113.7", "poll-" + i);
        }

        assertThatThrownBy(() -> limits.consume("203.0.113.7", "another"))
                .isInstanceOfSatisfying(TooManyRequestsException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.vote.tooManyFromClient");
                    assertThat(refused.retryAfterSeconds()).isEqualTo(6);
                    assertThat(refused.arguments()).containsExactly(6L, 1L);
                });
        limits.consume("203.0.113.8", "another");
        now.addAndGet(Duration.ofSeconds(6).toNanos());
        limits.consume("203.0.113.7", "another");
    }

    @Test
    void aPollTakesTwoHundredVotesAnHourAndAClientsRefusedVotesDoNotCount() {
        for (int i = 0; i < 20; i++) {
            for (int vote = 0; vote < 10; vote++) {
                limits.consume("198.51.100." + i, "busy");
            }
            assertThatThrownBy(() -> limits.consume("198.51.100.0", "busy"))
                    .isInstanceOf(TooManyRequestsException.class);
        }

        assertThatThrownBy(() -> limits.consume("192.0.2.1", "busy"))
                .isInstanceOfSatisfying(TooManyRequestsException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.vote.tooManyForPoll");
                    assertThat(refused.retryAfterSeconds()).isEqualTo(18);
                });
        limits.consume("192.0.2.1", "quiet");
    }
}
