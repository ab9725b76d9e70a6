package org.bitpoll.poll.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import org.bitpoll.platform.persistence.BaseEntity;
import org.bitpoll.platform.persistence.InstantConverter;

/**
 * One option of a poll, a column of its vote grid: a free text (universal polls) or an instant (date polls: UTC
 * midnight of the day; date-time polls: the wall-clock time in the poll's zone). Options are never removed, only
 * marked deleted, so votes cast on them are kept; a deleted option can be restored.
 */
@Entity
@Table(name = "choice")
@SequenceGenerator(name = "choice_seq", sequenceName = "choice_seq", allocationSize = 50)
public class Choice extends BaseEntity {

    /** Longest option text. */
    public static final int MAX_TEXT_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "choice_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "poll_id")
    private Poll poll;

    @Column(name = "text", nullable = false, length = MAX_TEXT_LENGTH)
    private String text;

    @Convert(converter = InstantConverter.class)
    @Column(name = "choice_date")
    private Instant date;

    @Column(name = "sort_key", nullable = false)
    private int sortKey;

    @Column(name = "deleted", nullable = false)
    private boolean deleted;

    protected Choice() {}

    Choice(Poll poll, String text, Instant date, int sortKey) {
        this.poll = Objects.requireNonNull(poll);
        this.text = Objects.requireNonNull(text);
        this.date = date;
        this.sortKey = sortKey;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public Instant getDate() {
        return date;
    }

    public int getSortKey() {
        return sortKey;
    }

    public boolean isDeleted() {
        return deleted;
    }

    void rename(String newText) {
        this.text = Objects.requireNonNull(newText);
    }

    void place(int newSortKey) {
        this.sortKey = newSortKey;
    }

    void delete() {
        this.deleted = true;
    }

    void restore() {
        this.deleted = false;
    }

    /**
     * Keeps the wall-clock time when the poll moves from zone {@code from} to zone {@code to}: the instant changes
     * (F14). A time that does not exist in the new zone (skipped at a DST change) moves forward by the gap.
     */
    void reanchor(ZoneId from, ZoneId to) {
        if (date != null) {
            date = LocalDateTime.ofInstant(date, from).atZone(to).toInstant();
        }
    }
}
