package org.bitpoll.watch.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;
import org.bitpoll.platform.persistence.BaseEntity;

/**
 * An account watches a poll: at most one row per poll and account. The database deletes it with its poll or its
 * account ({@code ON DELETE CASCADE}); a copy of a poll starts without any.
 */
@Entity
@Table(name = "poll_watch")
@SequenceGenerator(name = "poll_watch_seq", sequenceName = "poll_watch_seq", allocationSize = 50)
@NamedQuery(
        name = "PollWatch.count",
        query = "SELECT COUNT(w) FROM PollWatch w WHERE w.pollId = :pollId AND w.accountId = :accountId")
@NamedQuery(
        name = "PollWatch.delete",
        query = "DELETE FROM PollWatch w WHERE w.pollId = :pollId AND w.accountId = :accountId")
@NamedQuery(
        name = "PollWatch.watchers",
        query = "SELECT w.accountId FROM PollWatch w WHERE w.pollId = :pollId ORDER BY w.id")
public class PollWatch extends BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "poll_watch_seq")
    private Long id;

    @Column(name = "poll_id", nullable = false)
    private Long pollId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    protected PollWatch() {}

    public PollWatch(Long pollId, Long accountId) {
        this.pollId = Objects.requireNonNull(pollId);
        this.accountId = Objects.requireNonNull(accountId);
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getPollId() {
        return pollId;
    }

    public Long getAccountId() {
        return accountId;
    }
}
