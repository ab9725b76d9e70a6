package org.bitpoll.invitation.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Who gets the automatic reminder now: an invitee who has not voted, wants invitation mails and has not had the
 * reminder yet, on a poll that is not closed, whose due date is still ahead and at most its reminder's days away
 * (the poll's own setting, else the operator's default; 0 days: no reminder). A poll without a due date has no
 * reminder. Days are whole days of 24 hours.
 */
public final class ReminderSchedule {

    /**
     * An invitation the timer looks at, with what the rule reads of its poll and invitee.
     *
     * @param daysBefore the poll's reminder setting, or null to follow the operator's default
     */
    public record Candidate(
            Long invitationId,
            Instant dueDate,
            boolean closed,
            Integer daysBefore,
            boolean fulfilled,
            Instant remindedAt,
            boolean wantsMail) {}

    private final Clock clock;
    private final int defaultDaysBefore;

    public ReminderSchedule(Clock clock, int defaultDaysBefore) {
        this.clock = Objects.requireNonNull(clock);
        if (defaultDaysBefore < 0) {
            throw new IllegalArgumentException("days before the due date: " + defaultDaysBefore);
        }
        this.defaultDaysBefore = defaultDaysBefore;
    }

    /** Whether this invitee gets the reminder now. */
    public boolean remindNow(Candidate candidate) {
        Instant now = clock.instant();
        int days = candidate.daysBefore() == null ? defaultDaysBefore : candidate.daysBefore();
        if (days <= 0
                || candidate.dueDate() == null
                || candidate.closed()
                || candidate.fulfilled()
                || candidate.remindedAt() != null
                || !candidate.wantsMail()) {
            return false;
        }
        return now.isBefore(candidate.dueDate())
                && !now.isBefore(candidate.dueDate().minus(Duration.ofDays(days)));
    }
}
