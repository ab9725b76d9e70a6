package org.bitpoll.poll.domain;

/** The yes/no settings of a poll (F20), as a set in {@link PollSettings}. */
public enum PollFlag {
    /** Visitors may comment on the poll. */
    ALLOW_COMMENTS,
    /** Voters may hide their name. */
    ANONYMOUS_ALLOWED,
    /** Only logged-in people may vote. */
    REQUIRE_LOGIN,
    /** Only invited people may vote. */
    REQUIRE_INVITATION,
    /** The poll is listed among the public polls on the start page. */
    PUBLIC_LISTED,
    /** Anyone may change guest votes (off for new polls, product decision 2). */
    ALLOW_UNAUTHENTICATED_VOTE_CHANGES,
    /** A logged-in person votes at most once. */
    ONE_VOTE_PER_USER,
    /** Invitees who have not voted show as empty rows. */
    SHOW_INVITATIONS,
    /** A vote must answer every option ("forbid empty choices"). */
    VOTE_ALL,
    /** Only managers see who voted. */
    HIDE_PARTICIPANTS,
    /** The summary shows the score sum instead of a percentage. */
    SHOW_SCORE_IN_SUMMARY,
    /** Times are shown in the viewer's zone instead of the poll's. */
    USE_USER_TIME_ZONE
}
