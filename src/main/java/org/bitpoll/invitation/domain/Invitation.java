package org.bitpoll.invitation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.persistence.BaseEntity;
import org.bitpoll.platform.persistence.InstantConverter;

/**
 * An account's invitation to vote in a poll (one per account and poll). It is pending until the invitee votes; the
 * vote fulfils it ({@code vote_id}), and deleting that vote makes it pending again (the database sets the link to
 * null). It records when it was last mailed, so that a manager resends it at most once in {@link #RESEND_PAUSE},
 * and when the automatic reminder went out, so that each invitee gets that reminder once. It goes with its poll
 * and with its invitee; the account that created it may be gone (null), as may the poll's management link holder
 * who created it without an account.
 */
@Entity
@Table(name = "invitation")
@SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 50)
@NamedQuery(
        name = "Invitation.findInPoll",
        query = "SELECT i FROM Invitation i WHERE i.id = :id AND i.pollId = :pollId")
@NamedQuery(
        name = "Invitation.ofPoll",
        query = "SELECT i FROM Invitation i WHERE i.pollId = :pollId ORDER BY i.created, i.id")
@NamedQuery(
        name = "Invitation.countOf",
        query = "SELECT COUNT(i) FROM Invitation i WHERE i.pollId = :pollId AND i.accountId = :accountId")
@NamedQuery(
        name = "Invitation.fulfil",
        query = "UPDATE Invitation i SET i.voteId = :voteId"
                + " WHERE i.pollId = :pollId AND i.accountId = :accountId AND i.voteId IS NULL")
public class Invitation extends BaseEntity {

    /** How long after a mail the invitation may be mailed again (reference F25). */
    public static final Duration RESEND_PAUSE = Duration.ofHours(12);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
    private Long id;

    @Column(name = "poll_id", nullable = false)
    private Long pollId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "creator_id")
    private Long creatorId;

    @Column(name = "vote_id")
    private Long voteId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "date_created", nullable = false)
    private Instant created;

    @Convert(converter = InstantConverter.class)
    @Column(name = "last_email")
    private Instant lastEmail;

    @Convert(converter = InstantConverter.class)
    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected Invitation() {}

    /** A pending invitation of {@code accountId} to the poll, created by an account or (null) a link holder. */
    public Invitation(Long pollId, Long accountId, Long creatorId, Instant now) {
        this.pollId = Objects.requireNonNull(pollId);
        this.accountId = Objects.requireNonNull(accountId);
        this.creatorId = creatorId;
        this.created = Objects.requireNonNull(now);
    }

    /** Whether the invitation may be mailed again at {@code now}: never mailed, or last mailed 12 hours ago. */
    public boolean mayBeMailedAgain(Instant now) {
        return lastEmail == null || !now.isBefore(lastEmail.plus(RESEND_PAUSE));
    }

    /** Throws unless a manager may resend the invitation now; {@code invitee} names the invitee in the message. */
    public void checkResend(Instant now, String invitee) {
        if (!mayBeMailedAgain(now)) {
            throw new RuleViolation(InvitationRule.RESENT_TOO_SOON, invitee);
        }
    }

    /** The invitation mail (or a reminder) went out. */
    public void mailed(Instant now) {
        lastEmail = Objects.requireNonNull(now);
    }

    /** The automatic reminder went out: it is never sent again for this invitation. */
    public void reminded(Instant now) {
        remindedAt = Objects.requireNonNull(now);
        lastEmail = now;
    }

    /** Whether the invitee has voted. */
    public boolean isFulfilled() {
        return voteId != null;
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

    public Long getCreatorId() {
        return creatorId;
    }

    public Long getVoteId() {
        return voteId;
    }

    public Instant getCreated() {
        return created;
    }

    /** When the invitation or a reminder was last mailed; null: never. */
    public Instant getLastEmail() {
        return lastEmail;
    }

    /** When the automatic reminder was mailed; null: not yet. */
    public Instant getRemindedAt() {
        return remindedAt;
    }
}
