package org.bitpoll.poll.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bitpoll.account.domain.Account;

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

    /**
     * Raises the version of what the poll's results grid shows ({@link Poll#getResultsVersion}) in the current
     * transaction: to be called with every change of its votes, options, answer values or settings. One atomic
     * {@code UPDATE}, so concurrent changes each count and none is lost.
     */
    void touchResults(Long pollId);

    /** The same for every poll an account has votes in, before those votes change together. */
    void touchResultsOfVoter(Long accountId);

    /** Writes pending changes now, so generated ids are known and constraint violations surface here. */
    void flush();

    List<Listing> publicPolls();

    long count();

    /** The number of votes cast in all polls. */
    long voteCount();

    /** A poll as the admin search lists it; the owner is null for a poll without one. */
    record Found(String slug, String title, Instant created, Account owner) {}

    /**
     * Polls whose title, URL name or owner's user name, first or display name contains {@code text} (ignoring
     * case; empty: all), newest first, from the {@code first} on, at most {@code max}.
     */
    List<Found> search(String text, int first, int max);

    /** How many polls {@link #search} finds in all. */
    long countSearch(String text);

    /**
     * A poll an account owns: the group that owns it together with the account (null for none), and whether a
     * management link still opens it.
     */
    record Owned(Long id, String slug, String title, Long groupId, boolean managementLink) {}

    /** The polls an account owns, by title. */
    List<Owned> ownedBy(Long accountId);

    /** Deletes these polls at once; the database's cascades remove everything that belongs to them. */
    void removeAll(List<Long> pollIds);

    /** Every poll with the dates its retention depends on ({@link Retention}), in one statement. */
    List<RetentionSweep.Candidate> retentionCandidates();

    /** Who is warned of a poll's deletion (see {@link RetentionSweep.Store#recipients}). */
    List<RetentionSweep.Recipient> retentionRecipients(Long pollId);

    /** Records that the owner of a poll was warned of its deletion at {@code at}. */
    void markRetentionWarned(Long pollId, Instant at);
}
