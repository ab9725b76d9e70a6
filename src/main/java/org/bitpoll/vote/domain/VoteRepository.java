package org.bitpoll.vote.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where votes are kept, and the read model of a poll's results. */
public interface VoteRepository {

    /** A vote row of the results, without its cells. */
    record VoteRow(Long id, Long accountId, String name, boolean anonymous, String comment, Instant created,
            Instant modified, String editKeyHash) {
    }

    /** One answered cell of the results. */
    record CellRow(Long voteId, Long choiceId, Long valueId, String comment) {
    }

    void add(Vote vote);

    void remove(Vote vote);

    Optional<Vote> findInPoll(Long pollId, Long voteId);

    /** The poll (by URL name) and id of the guest vote with this edit key hash. */
    Optional<EditTarget> findEditTarget(String editKeyHash);

    /** Where an edit link leads. */
    record EditTarget(String slug, Long voteId) {
    }

    boolean hasVoted(Long pollId, Long accountId);

    /** The votes of a poll, by creation time or by name. */
    List<VoteRow> votes(Long pollId, boolean byName);

    /** Every answered cell of a poll's votes, in one query. */
    List<CellRow> cells(Long pollId);
}
