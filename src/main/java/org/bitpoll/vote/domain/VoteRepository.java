package org.bitpoll.vote.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where votes are kept, and the read model of a poll's results. */
public interface VoteRepository {

    /** A vote row of the results, without its cells. */
    record VoteRow(
            Long id,
            Long accountId,
            String name,
            boolean anonymous,
            String comment,
            Instant created,
            Instant modified,
            String editKeyHash) {}

    /** Receives the answered cells of a poll, one call per cell, without an object per cell. */
    @FunctionalInterface
    interface CellConsumer {
        void accept(long voteId, long choiceId, long valueId, String comment);
    }

    void add(Vote vote);

    void remove(Vote vote);

    Optional<Vote> findInPoll(Long pollId, Long voteId);

    /** The poll (by URL name) and id of the guest vote with this edit key hash. */
    Optional<EditTarget> findEditTarget(String editKeyHash);

    /** Where an edit link leads. */
    record EditTarget(String slug, Long voteId) {}

    boolean hasVoted(Long pollId, Long accountId);

    /** The votes of a poll, by creation time or by name. */
    List<VoteRow> votes(Long pollId, boolean byName);

    /** Streams every answered cell of a poll's votes, in one statement (comment null when empty). */
    void forEachCell(Long pollId, CellConsumer consumer);

    /**
     * Anonymises an account's votes before the account is deleted: their answers and comments stay and count, but
     * they are no longer linked to it and show as anonymous, without the name (see {@link Vote}).
     */
    void anonymiseVotesOf(Long accountId);
}
