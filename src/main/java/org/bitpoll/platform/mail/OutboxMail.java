package org.bitpoll.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.bitpoll.platform.persistence.BaseEntity;
import org.bitpoll.platform.persistence.InstantConverter;

/**
 * A mail waiting to be sent, rendered in its recipient's language when it was queued: kept until the mail server
 * takes it, or until it is given up ({@link RetrySchedule}); then deleted.
 */
@Entity
@Table(name = "mail_outbox")
@SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
@NamedQuery(
        name = "OutboxMail.dueIds",
        query = "SELECT m.id FROM OutboxMail m WHERE m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt, m.id")
public class OutboxMail extends BaseEntity {

    /** Longest subject and body kept (the table's columns). */
    static final int MAX_SUBJECT_LENGTH = 500;

    static final int MAX_BODY_LENGTH = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    private Long id;

    @Column(name = "kind", nullable = false, length = 40)
    private String kind;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "subject", nullable = false, length = MAX_SUBJECT_LENGTH)
    private String subject;

    @Column(name = "body", nullable = false, length = MAX_BODY_LENGTH)
    private String body;

    @Convert(converter = InstantConverter.class)
    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Convert(converter = InstantConverter.class)
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    protected OutboxMail() {}

    /** A mail due at once. */
    OutboxMail(String kind, String recipient, String subject, String body, Instant now) {
        this.kind = Objects.requireNonNull(kind);
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = cut(Objects.requireNonNull(subject), MAX_SUBJECT_LENGTH);
        this.body = cut(Objects.requireNonNull(body), MAX_BODY_LENGTH);
        this.queuedAt = Objects.requireNonNull(now);
        this.nextAttemptAt = now;
    }

    /**
     * Records a failed try at {@code now}: the mail is due again when the schedule says, or, when it says never,
     * returns empty and the mail is to be given up.
     */
    Optional<Instant> failed(RetrySchedule schedule, Instant now) {
        attempts++;
        Optional<Instant> next = schedule.nextAttempt(queuedAt, attempts, now);
        next.ifPresent(at -> nextAttemptAt = at);
        return next;
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }
}
