package org.bitpoll.profile.domain;

import java.util.List;

/** Where the data download's parts beyond the account and "My polls" come from, one statement each. */
public interface PersonalDataRepository {

    List<PersonalData.OwnedPollData> ownedPolls(Long accountId);

    /** The account's votes, oldest first, each with its answers in the order of the poll's options. */
    List<PersonalData.VoteData> votes(Long accountId);

    /** The comments the account wrote, oldest first. */
    List<PersonalData.CommentData> comments(Long accountId);

    /** The polls the account watches, by title. */
    List<PersonalData.WatchData> watches(Long accountId);

    /** The account's invitations to vote, oldest first. */
    List<PersonalData.InvitationData> invitations(Long accountId);

    /** The groups the account is a member or an admin of, by name. */
    List<PersonalData.GroupData> groups(Long accountId);

    /** The account's open invitations to groups, oldest first. */
    List<PersonalData.GroupInvitationData> groupInvitations(Long accountId);
}
