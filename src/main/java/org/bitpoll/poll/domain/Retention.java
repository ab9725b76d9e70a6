package org.bitpoll.poll.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The retention rule: a poll is deleted {@code retentionDays} after its last date ({@link RetentionDates#lastDate}),
 * and its owner is warned by mail {@code warningDays} before. A retention of 0 keeps every poll.
 *
 * <p>The warning: a poll someone can be mailed about (an owner or owning group with a mail address) is warned
 * once its warning day has come, and then deleted no earlier than its deletion day and no earlier than
 * {@code warningDays} after the warning was actually sent. So a warning that could not be sent (mail server down)
 * postpones the deletion: nobody loses a poll they were not told about in time. A warning counts only if it was sent
 * after the poll's current warning day: a poll given a later option or due date after its warning is warned again
 * when its new warning day comes, without any marker to reset. A poll nobody can be mailed about (no owner, only a
 * management link, or an owner without a mail address) is deleted on its deletion day without a warning.
 */
public record Retention(int retentionDays, int warningDays) {

    /** What the cleanup does with a poll now. */
    public enum Decision {
        KEEP,
        WARN,
        DELETE
    }

    public Retention {
        if (retentionDays < 0) {
            throw new IllegalArgumentException("retention days must not be negative: " + retentionDays);
        }
        if (warningDays < 0) {
            throw new IllegalArgumentException("warning days must not be negative: " + warningDays);
        }
    }

    /** Whether retention is off: polls are kept for ever. */
    public boolean off() {
        return retentionDays == 0;
    }

    /** The day the rule allows the deletion of a poll with this last date, before any warning is considered. */
    private Instant deletionDay(RetentionDates dates) {
        return dates.lastDate().plus(Duration.ofDays(retentionDays));
    }

    private Instant warningDay(RetentionDates dates) {
        return deletionDay(dates).minus(Duration.ofDays(warningDays));
    }

    /** Whether the poll's owner has been warned since its current warning day. */
    public boolean warned(RetentionDates dates) {
        return dates.warnedAt() != null && !dates.warnedAt().isBefore(warningDay(dates));
    }

    /** What to do with a poll at {@code now}; {@code warnable}: someone can be mailed about it. */
    public Decision decide(RetentionDates dates, boolean warnable, Instant now) {
        Objects.requireNonNull(now);
        if (off()) {
            return Decision.KEEP;
        }
        if (!warnable) {
            return now.isBefore(deletionDay(dates)) ? Decision.KEEP : Decision.DELETE;
        }
        if (!warned(dates)) {
            return now.isBefore(warningDay(dates)) ? Decision.KEEP : Decision.WARN;
        }
        return now.isBefore(deletionDate(dates, true, now)) ? Decision.KEEP : Decision.DELETE;
    }

    /**
     * The earliest day the poll will be deleted, as its managers are told; null when retention is off. For a poll
     * whose owner is warned: its deletion day, or {@code warningDays} after the warning (or after {@code now}, while
     * the warning is due but not sent yet) when that is later.
     */
    public Instant deletionDate(RetentionDates dates, boolean warnable, Instant now) {
        if (off()) {
            return null;
        }
        Instant day = deletionDay(dates);
        if (!warnable) {
            return day;
        }
        Instant warning = warned(dates) ? dates.warnedAt() : now.isBefore(warningDay(dates)) ? null : now;
        Instant afterWarning = warning == null ? day : warning.plus(Duration.ofDays(warningDays));
        return afterWarning.isAfter(day) ? afterWarning : day;
    }
}
