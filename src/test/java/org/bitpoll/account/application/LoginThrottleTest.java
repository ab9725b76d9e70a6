package org.bitpoll.account.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.ratelimit.LocalRateLimiter;
import org.junit.jupiter.api.Test;

/** The login throttle on a fake clock, with the default numbers: 5 per account, 20 per client, in 15 minutes. */
class LoginThrottleTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final LoginThrottle throttle = new LoginThrottle(new LocalRateLimiter(now::get, 1000), new Settings());

    private void fail(String username, String client, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.waitFor(username, client))
                    .as("attempt %d", i + 1)
                    .isZero();
            throttle.failed(username, client);
        }
    }

    @Test
    void fiveWrongPasswordsForAnAccountMakeTheNextTryWaitThreeMinutes() {
        fail("bob", "192.0.2.1", 5);

        assertThat(throttle.waitFor("bob", "192.0.2.1")).isEqualTo(Duration.ofMinutes(3));
        assertThat(throttle.waitFor("bob", "198.51.100.7"))
                .as("another client guessing the same account")
                .isEqualTo(Duration.ofMinutes(3));
        assertThat(throttle.waitFor("alice", "198.51.100.7")).isZero();
    }

    @Test
    void userNamesDifferingInCaseShareTheAllowance() {
        fail("Bob", "192.0.2.1", 3);
        fail(" bob", "192.0.2.2", 2);

        assertThat(throttle.waitFor("BOB", "192.0.2.3")).isPositive();
    }

    @Test
    void aClientTryingManyAccountsIsSlowedAfterTwenty() {
        for (int i = 0; i < 20; i++) {
            fail("user" + i, "192.0.2.1", 1);
        }

        assertThat(throttle.waitFor("user20", "192.0.2.1")).isEqualTo(Duration.ofSeconds(45));
        assertThat(throttle.waitFor("user20", "192.0.2.2")).isZero();
    }

    @Test
    void theAllowanceComesBackOverTime() {
        fail("bob", "192.0.2.1", 5);

        now.addAndGet(Duration.ofMinutes(3).toNanos());
        assertThat(throttle.waitFor("bob", "192.0.2.1")).isZero();
        throttle.failed("bob", "192.0.2.1");
        assertThat(throttle.waitFor("bob", "192.0.2.1")).isPositive();
        now.addAndGet(Duration.ofMinutes(15).toNanos());
        fail("bob", "192.0.2.1", 5);
    }
}
