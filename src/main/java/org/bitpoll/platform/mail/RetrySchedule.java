package org.bitpoll.platform.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a mail the mail server did not take is tried again: after a first pause that doubles with each failure up
 * to a longest pause, and never once the mail has waited longer than the time to give up after (counted from when
 * it was queued). The outbox's timer tries the mails that are due, so a try happens at the timer's first run after
 * its time.
 */
public record RetrySchedule(Duration firstPause, Duration longestPause, Duration giveUpAfter) {

    /** 5 seconds, doubling up to an hour; given up after 48 hours. */
    public static final RetrySchedule STANDARD =
            new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofHours(48));

    public RetrySchedule {
        Objects.requireNonNull(firstPause);
        Objects.requireNonNull(longestPause);
        Objects.requireNonNull(giveUpAfter);
        if (firstPause.isNegative() || firstPause.isZero() || longestPause.compareTo(firstPause) < 0) {
            throw new IllegalArgumentException("the first pause must be positive and at most the longest");
        }
    }

    /**
     * The time of the next try of a mail queued at {@code queued} that has failed {@code failedAttempts} times
     * (at least once), the last time at {@code failedAt}; empty when it is given up.
     */
    public Optional<Instant> nextAttempt(Instant queued, int failedAttempts, Instant failedAt) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("a retry follows a failed attempt");
        }
        Instant next = failedAt.plus(pause(failedAttempts));
        return next.isAfter(queued.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }

    private Duration pause(int failedAttempts) {
        Duration pause = firstPause;
        for (int i = 1; i < failedAttempts && pause.compareTo(longestPause) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(longestPause) > 0 ? longestPause : pause;
    }
}
