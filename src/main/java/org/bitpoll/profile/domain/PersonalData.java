package org.bitpoll.profile.domain;

import java.time.Instant;
import java.util.List;

/**
 * What a person can download about themselves (F31, "download my data"): the account's fields (never the password
 * hash), the polls they own, their "My polls" list, and their votes with every answer.
 */
public record PersonalData(
        AccountData account, List<OwnedPollData> ownedPolls, List<MyPoll> polls, List<VoteData> votes) {

    /** The account's own fields. */
    public record AccountData(
            String username,
            String firstName,
            String lastName,
            String email,
            String displayName,
            String language,
            String timeZone,
            boolean autoWatch,
            boolean emailInvitation,
            boolean siteAdmin,
            boolean local,
            Instant dateJoined,
            Instant lastLogin) {}

    /** A poll the person owns. */
    public record OwnedPollData(
            String slug,
            String title,
            String description,
            String type,
            Instant created,
            Instant dueDate,
            String timeZone) {}

    /** A vote of the person, in a poll of anyone's. */
    public record VoteData(
            String pollSlug,
            String pollTitle,
            String name,
            boolean anonymous,
            String comment,
            Instant created,
            Instant modified,
            List<AnswerData> answers) {}

    /** One answered option of a vote: the option's text or date, the answer's title, the cell's comment. */
    public record AnswerData(String option, Instant date, String answer, String comment) {}
}
