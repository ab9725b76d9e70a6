package org.bitpoll.poll.domain;

import java.util.List;
import java.util.Optional;

/** Where polls are kept. */
public interface PollRepository {

    /** A listed poll: its URL name and title. */
    record Listing(String slug, String title) {}

    Optional<Poll> findBySlug(String slug);

    Optional<Poll> findByManagementKeyHash(String hash);

    boolean slugExists(String slug);

    void add(Poll poll);

    /** Deletes a poll at once; the database's cascades remove everything that belongs to it. */
    void remove(Poll poll);

    /** Writes pending changes now, so generated ids are known and constraint violations surface here. */
    void flush();

    List<Listing> publicPolls();

    long count();

    /** The number of votes cast in all polls. */
    long voteCount();
}
