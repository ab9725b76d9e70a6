package org.bitpoll.invitation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where invitations and the polls' reminder settings are kept, and what the poll page and the timer read. */
public interface InvitationRepository {

    /** A pending invitation as the poll page shows it: the invitee's account and display name. */
    record Pending(Long accountId, String name) {}

    /**
     * An invitation as the timer and the reminders read it, with its poll and invitee.
     *
     * @param daysBefore the poll's reminder setting, or null for the operator's default
     */
    record Reminding(
            Long invitationId,
            Long pollId,
            String slug,
            String title,
            Instant dueDate,
            boolean closed,
            Integer daysBefore,
            boolean fulfilled,
            Instant remindedAt,
            Invitee invitee) {}

    /** Whom a mail goes to: address, language, time zone, display name, and whether they want invitation mails. */
    record Invitee(Long accountId, String email, String language, String timeZone, String name, boolean wantsMail) {

        /** Whether a mail can and may be sent: the invitee wants them and has an address. */
        public boolean mailable() {
            return wantsMail && email != null && !email.isBlank();
        }
    }

    void add(Invitation invitation);

    void remove(Invitation invitation);

    /** The invitation with this id, if it belongs to this poll (product decision 3). */
    Optional<Invitation> findInPoll(Long pollId, Long invitationId);

    /** A poll's invitations, oldest first. */
    List<Invitation> ofPoll(Long pollId);

    boolean isInvited(Long pollId, Long accountId);

    /** The account's pending invitation to the poll is fulfilled by this vote. */
    void fulfil(Long pollId, Long accountId, Long voteId);

    /** The pending invitations of a poll with the invitees' names, in one statement, oldest first. */
    List<Pending> pendingOf(Long pollId);

    /** The invitees of these accounts that are active, in the given order, for the mails and the list. */
    List<Invitee> invitees(List<Long> accountIds);

    /**
     * The pending invitations not yet reminded, of polls that are not closed and whose due date is after
     * {@code now}: the timer's candidates, in one statement.
     */
    List<Reminding> awaitingReminder(Instant now);

    Optional<PollReminder> reminderOf(Long pollId);

    void addReminder(PollReminder reminder);
}
