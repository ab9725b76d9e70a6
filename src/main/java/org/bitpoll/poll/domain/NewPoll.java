package org.bitpoll.poll.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** What the create form asks for. The URL name is final here: empty or random choices are resolved before. */
public record NewPoll(
        PollType type,
        String title,
        String slug,
        String description,
        Instant dueDate,
        ZoneId timeZone,
        boolean anonymousAllowed,
        boolean requireLogin,
        boolean requireInvitation,
        boolean allowUnauthenticatedVoteChanges,
        boolean oneVotePerUser,
        boolean voteAll,
        boolean publicListed) {

    public NewPoll {
        Objects.requireNonNull(type);
        Objects.requireNonNull(timeZone);
        if (title == null || title.isBlank() || title.strip().length() > Poll.MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("title must have 1 to 80 characters");
        }
        title = title.strip();
        description = description == null ? "" : description;
    }
}
