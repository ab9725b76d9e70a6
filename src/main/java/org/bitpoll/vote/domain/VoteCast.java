package org.bitpoll.vote.domain;

import org.bitpoll.poll.domain.Poll;

/**
 * A new vote was stored (not a change of one): fired as a CDI event inside the vote's transaction, for features
 * that act on new votes (watching). The voter's account is null for a guest; the name is the one the vote shows,
 * unless it is anonymous.
 */
public record VoteCast(
        Long pollId, String pollSlug, Long voteId, Long voterAccountId, String voterName, boolean anonymous) {

    public static VoteCast of(Poll poll, Vote vote) {
        return new VoteCast(
                poll.getId(), poll.getSlug(), vote.getId(), vote.getAccountId(), vote.getName(), vote.isAnonymous());
    }
}
