package org.bitpoll.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    private static final Instant QUEUED = CLOCK.instant();
    private static final RetrySchedule SCHEDULE = RetrySchedule.STANDARD;

    @Test
    void thePauseStartsAtFiveSecondsAndDoubles() {
        assertThat(SCHEDULE.nextAttempt(QUEUED, 1, QUEUED)).contains(QUEUED.plusSeconds(5));
        assertThat(SCHEDULE.nextAttempt(QUEUED, 2, QUEUED.plusSeconds(5))).contains(QUEUED.plusSeconds(15));
        assertThat(SCHEDULE.nextAttempt(QUEUED, 3, QUEUED.plusSeconds(15))).contains(QUEUED.plusSeconds(35));
    }

    @Test
    void thePauseStopsGrowingAtAnHour() {
        Instant failed = QUEUED.plus(Duration.ofHours(5));

        assertThat(SCHEDULE.nextAttempt(QUEUED, 12, failed)).contains(failed.plus(Duration.ofHours(1)));
        assertThat(SCHEDULE.nextAttempt(QUEUED, 40, failed)).contains(failed.plus(Duration.ofHours(1)));
    }

    @Test
    void aMailIsGivenUpWhenItsNextTryWouldBeMoreThanTwoDaysAfterItWasQueued() {
        Instant lastChance = QUEUED.plus(Duration.ofHours(47));
        Instant tooLate = QUEUED.plus(Duration.ofHours(47)).plusSeconds(1);

        assertThat(SCHEDULE.nextAttempt(QUEUED, 60, lastChance)).contains(QUEUED.plus(Duration.ofHours(48)));
        assertThat(SCHEDULE.nextAttempt(QUEUED, 60, tooLate)).isEmpty();
    }

    @Test
    void aMailRemembersItsFailuresAndIsDueAgainAfterThePause() {
        OutboxMail mail = new OutboxMail("watchNamed", "bert@example.org", "subject", "body", QUEUED);

        assertThat(mail.getNextAttemptAt()).isEqualTo(QUEUED);
        assertThat(mail.failed(SCHEDULE, QUEUED.plusSeconds(1))).contains(QUEUED.plusSeconds(6));
        assertThat(mail.failed(SCHEDULE, QUEUED.plusSeconds(6))).contains(QUEUED.plusSeconds(16));
        assertThat(mail.getAttempts()).isEqualTo(2);
        assertThat(mail.getNextAttemptAt()).isEqualTo(QUEUED.plusSeconds(16));
    }

    @Test
    void aRetryNeedsAFailureAndAPositivePause() {
        assertThatThrownBy(() -> SCHEDULE.nextAttempt(QUEUED, 0, QUEUED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
