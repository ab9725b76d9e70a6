package org.bitpoll.watch.domain;

import java.util.List;

/** Where watches are kept (table {@code poll_watch}). */
public interface WatchRepository {

    boolean isWatching(Long pollId, Long accountId);

    void add(PollWatch watch);

    /** Stops the account watching the poll; nothing when it does not. */
    void remove(Long pollId, Long accountId);

    /** The accounts watching the poll, in the order they started. */
    List<Long> watcherIds(Long pollId);

    /** The URL names of the polls the account has a vote in. */
    List<String> slugsVotedBy(Long accountId);
}
