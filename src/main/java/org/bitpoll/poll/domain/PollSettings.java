package org.bitpoll.poll.domain;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.bitpoll.platform.error.RuleViolation;

/**
 * What the settings page edits (F20). The due date is a wall-clock time in {@link #timeZone()}; the flags that are
 * not in {@link #flags()} are off. The title follows {@link PollTitles}; the description has at most
 * {@link #MAX_DESCRIPTION_LENGTH} characters.
 */
public record PollSettings(
        String title,
        LocalDateTime dueDate,
        ResultVisibility showResults,
        ZoneId timeZone,
        String description,
        Sorting sorting,
        Set<PollFlag> flags) {

    /** Longest description, as the column allows. */
    public static final int MAX_DESCRIPTION_LENGTH = 20000;

    public PollSettings {
        title = PollTitles.require(title);
        Objects.requireNonNull(showResults);
        Objects.requireNonNull(timeZone);
        Objects.requireNonNull(sorting);
        description = description == null ? "" : description;
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new RuleViolation(PollRule.DESCRIPTION_TOO_LONG, MAX_DESCRIPTION_LENGTH);
        }
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    public boolean has(PollFlag flag) {
        return flags.contains(flag);
    }
}
