package org.bitpoll.poll.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.bitpoll.platform.error.RuleViolation;

/**
 * What the create form asks for, checked as {@link PollSettings} checks the settings: the title follows
 * {@link PollTitles}, then the URL name must be valid ({@link Slugs#isValid}; empty or random choices are resolved
 * before, see {@link SlugRequest}), and the description has at most {@link PollSettings#MAX_DESCRIPTION_LENGTH}
 * characters.
 */
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
        title = PollTitles.require(title);
        if (!Slugs.isValid(slug)) {
            throw new RuleViolation(PollRule.SLUG_INVALID);
        }
        description = description == null ? "" : description;
        if (description.length() > PollSettings.MAX_DESCRIPTION_LENGTH) {
            throw new RuleViolation(PollRule.DESCRIPTION_TOO_LONG, PollSettings.MAX_DESCRIPTION_LENGTH);
        }
    }
}
