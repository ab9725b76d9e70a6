package org.bitpoll.poll.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.bitpoll.poll.domain.PollRepository;
import org.bitpoll.poll.domain.RetentionSweep;

/**
 * The polls as the retention sweep reads and changes them, each call in its own transaction: a failing mail
 * between two calls rolls nothing back, and a deleted poll stays deleted when a later one fails. Deleting goes the
 * way a manager's deletion goes ({@link PollRepository#removeAll}): the database removes options, answer values,
 * votes, comments, invitations and watches with the poll.
 */
@Stateless
public class RetentionStore implements RetentionSweep.Store {

    @Inject
    private PollRepository polls;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RetentionSweep.Candidate> candidates() {
        return polls.retentionCandidates();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RetentionSweep.Recipient> recipients(Long pollId) {
        return polls.retentionRecipients(pollId);
    }

    @Override
    public void markWarned(Long pollId, Instant at) {
        polls.markRetentionWarned(pollId, at);
    }

    @Override
    public void delete(List<Long> pollIds) {
        polls.removeAll(pollIds);
    }
}
