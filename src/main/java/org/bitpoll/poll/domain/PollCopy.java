package org.bitpoll.poll.domain;

import java.time.LocalDateTime;
import org.bitpoll.platform.error.RuleViolation;

/**
 * What the copy form asks for (F21 with product decision 8): the copy's title and URL name, its due date as a
 * wall-clock time in the poll's zone (before the shift), the date shift in calendar days, and whether the active
 * options and answer values are copied.
 */
public record PollCopy(
        String title,
        String slug,
        LocalDateTime dueDate,
        int dateShiftDays,
        boolean copyChoices,
        boolean copyAnswerValues) {

    /** The largest shift either way: about ten years. */
    public static final int MAX_DATE_SHIFT_DAYS = 3660;

    public PollCopy {
        title = PollTitles.require(title);
        slug = slug == null ? "" : slug.strip();
        if (!Slugs.isValid(slug)) {
            throw new RuleViolation(PollRule.SLUG_INVALID);
        }
        if (Math.abs(dateShiftDays) > MAX_DATE_SHIFT_DAYS) {
            throw new RuleViolation(PollRule.DATE_SHIFT_OUT_OF_RANGE, String.valueOf(MAX_DATE_SHIFT_DAYS));
        }
    }

    /** A typed date shift: a whole number of days, possibly negative; empty is 0. */
    public static int parseDateShift(String typed) {
        String shift = typed == null ? "" : typed.strip();
        if (shift.isEmpty()) {
            return 0;
        }
        if (!shift.matches("[+-]?[0-9]{1,9}")) {
            throw new RuleViolation(PollRule.DATE_SHIFT_INVALID, shift);
        }
        return Integer.parseInt(shift);
    }
}
