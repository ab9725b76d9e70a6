package org.bitpoll.account.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.bitpoll.account.domain.AccountRule;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.error.TooManyRequestsException;
import org.bitpoll.platform.ratelimit.LocalRateLimiter;
import org.junit.jupiter.api.Test;

class AccountLimitsTest {

    /** The defaults: 10 an hour per client, 3 an hour per address, for registrations and resets alike. */
    private final AtomicLong nanos = new AtomicLong();

    private final AccountLimits limits = new AccountLimits(new LocalRateLimiter(nanos::get, 100), new Settings());

    private static AccountRule refusal(Runnable request) {
        try {
            request.run();
        } catch (TooManyRequestsException e) {
            return Arrays.stream(AccountRule.values())
                    .filter(rule -> rule.messageKey().equals(e.messageKey()))
                    .findFirst()
                    .orElseThrow();
        }
        return null;
    }

    @Test
    void oneClientMayAskForTenRegistrationsAnHourWhateverTheAddresses() {
        for (int i = 0; i < 10; i++) {
            String email = "person" + i + "@example.org";
            assertThatCode(() -> limits.registration("192.0.2.1", email)).doesNotThrowAnyException();
        }

        assertThat(refusal(() -> limits.registration("192.0.2.1", "another@example.org")))
                .isEqualTo(AccountRule.TOO_MANY_REGISTRATIONS_FROM_CLIENT);
        assertThatCode(() -> limits.registration("192.0.2.2", "another@example.org"))
                .doesNotThrowAnyException();
        nanos.addAndGet(Duration.ofMinutes(6).toNanos());
        assertThatCode(() -> limits.registration("192.0.2.1", "later@example.org"))
                .doesNotThrowAnyException();
    }

    @Test
    void oneAddressGetsThreeRegistrationMailsAnHourFromAnyClient() {
        for (int i = 0; i < 3; i++) {
            String client = "192.0.2." + i;
            assertThatCode(() -> limits.registration(client, "Anna@Example.org"))
                    .doesNotThrowAnyException();
        }

        assertThat(refusal(() -> limits.registration("198.51.100.7", "anna@example.org")))
                .isEqualTo(AccountRule.TOO_MANY_REGISTRATIONS_FOR_EMAIL);
    }

    @Test
    void resetsHaveTheirOwnAllowances() {
        for (int i = 0; i < 3; i++) {
            limits.registration("192.0.2.1", "anna@example.org");
        }
        for (int i = 0; i < 3; i++) {
            assertThatCode(() -> limits.passwordReset("192.0.2.1", "anna@example.org"))
                    .doesNotThrowAnyException();
        }

        assertThatThrownBy(() -> limits.passwordReset("192.0.2.1", "anna@example.org"))
                .isInstanceOf(TooManyRequestsException.class)
                .hasMessage(AccountRule.TOO_MANY_RESETS_FOR_EMAIL.messageKey());
        for (int i = 0; i < 6; i++) {
            String email = "other" + i + "@example.org";
            limits.passwordReset("192.0.2.1", email);
        }
        assertThat(refusal(() -> limits.passwordReset("192.0.2.1", "last@example.org")))
                .isEqualTo(AccountRule.TOO_MANY_RESETS_FROM_CLIENT);
    }
}
