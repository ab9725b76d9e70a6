package org.bitpoll.poll.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What the retention of a poll depends on: when it was created, its due date, its latest active option date and its
 * latest vote (cast or changed), each null when it has none, and when its owner was last warned of its deletion
 * (null: never).
 */
public record RetentionDates(Instant created, Instant dueDate, Instant lastOption, Instant lastVote, Instant warnedAt) {

    public RetentionDates {
        Objects.requireNonNull(created);
    }

    /**
     * The poll's last date: the later of its due date and its latest option date. A poll with neither (a free-text
     * poll without a due date, or a poll without options) is dated by its last activity instead: its creation or
     * its latest vote, whichever is later, so a free-text poll that people still answer is kept.
     */
    public Instant lastDate() {
        return latest(dueDate, lastOption)
                .orElseGet(() -> latest(created, lastVote).orElseThrow());
    }

    private static java.util.Optional<Instant> latest(Instant a, Instant b) {
        return Stream.of(a, b).filter(Objects::nonNull).max(Instant::compareTo);
    }
}
