package org.bitpoll.profile.domain;

import java.time.Instant;
import java.util.List;

/**
 * What a person can download about themselves (F31, "download my data"): the account's fields (never the password
 * hash), the polls they own, their "My polls" list, their votes with every answer, their comments, the polls they
 * watch, their invitations to vote, their groups and their open group invitations.
 */
public record PersonalData(
        AccountData account,
        List<OwnedPollData> ownedPolls,
        List<MyPoll> polls,
        List<VoteData> votes,
        List<CommentData> comments,
        List<WatchData> watches,
        List<InvitationData> invitations,
        List<GroupData> groups,
        List<GroupInvitationData> groupInvitations) {

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

    /** A comment the person wrote while logged in, under the name it shows. */
    public record CommentData(String pollSlug, String pollTitle, String name, String text, Instant created) {}

    /** A poll the person watches. */
    public record WatchData(String pollSlug, String pollTitle) {}

    /** An invitation of the person to vote: when it was made, last mailed (null: never), whether they voted. */
    public record InvitationData(
            String pollSlug, String pollTitle, Instant invited, Instant lastMailed, boolean voted) {}

    /** A group the person is a member or an admin of. */
    public record GroupData(String name, boolean admin, boolean directory) {}

    /** An invitation of the person to a group that they have neither accepted nor refused. */
    public record GroupInvitationData(String groupName, Instant invited) {}
}
