package org.bitpoll.profile.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bitpoll.poll.domain.PollRepository.Owned;

/**
 * What deleting an account does to its polls and votes. A poll the account owns alone would be left without
 * anyone to manage it, so it is deleted with the account, votes and all, after the person has seen the list. A
 * poll that a group owns with the account stays with the group, and one whose management link still opens it
 * stays with the holders of the link (a claimed poll keeps its link until the owner retires it). The account's
 * votes in other polls stay, anonymised (no account, no name); votes the account merely assigned to others stay
 * untouched (product decision 6).
 */
public final class Leaving {

    private Leaving() {}

    /** Whether a poll the account owns is owned by it alone (no group, no management link): deleted with it. */
    public static boolean ownedOnlyByLeaver(Owned poll) {
        return poll.groupId() == null && !poll.managementLink();
    }

    /** The polls, of those the account owns, that are deleted with it. */
    public static List<Owned> pollsDeletedWith(List<Owned> owned) {
        return owned.stream().filter(Leaving::ownedOnlyByLeaver).toList();
    }

    /**
     * Whether the polls that would be deleted now are the ones the person confirmed (by id): if one was created or
     * handed over since the confirmation page was shown, nothing is deleted and the page shows the list again.
     */
    public static boolean confirmed(List<Owned> deletedNow, Set<Long> confirmedPollIds) {
        return deletedNow.stream().map(Owned::id).collect(Collectors.toSet()).equals(confirmedPollIds);
    }
}
