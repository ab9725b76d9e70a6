package org.bitpoll.invitation.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.bitpoll.account.application.AccountLookup;
import org.bitpoll.account.domain.UserSuggestion;
import org.bitpoll.invitation.domain.Invitation;
import org.bitpoll.invitation.domain.InvitationRepository;
import org.bitpoll.invitation.domain.InvitationRepository.Invitee;
import org.bitpoll.invitation.domain.InvitationRule;
import org.bitpoll.invitation.domain.PollReminder;
import org.bitpoll.invitation.domain.ReminderSchedule;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.security.Visitor;
import org.bitpoll.poll.domain.Poll;

/**
 * A poll's invitations (reference F25 with product decisions 3 and 6) and reminders, for those who may manage the
 * poll: the list, inviting users and groups by name, resending (at most once in 12 hours), deleting, a reminder to
 * everyone who has not voted, and the automatic reminder's days before the due date; and, for the timer, the
 * automatic reminders that are due. The invitations are stored first, in their own transaction, and mailed after
 * it: a mail server that fails leaves them saved and is reported by name. Invitees who refuse invitation mails
 * (their account setting) are invited without a mail.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InvitationService {

    private static final Logger LOG = Logger.getLogger(InvitationService.class.getName());

    /** An invitation on the list. */
    public record Row(
            Long id,
            String name,
            boolean fulfilled,
            Instant invited,
            Instant lastMailed,
            Instant reminded,
            boolean mailable) {}

    /**
     * The page: the poll, its invitations, and the automatic reminder (the poll's own days before its due date, or
     * the operator's default when {@code reminderDefault}).
     */
    public record Overview(
            String title, ZoneId zone, Instant dueDate, List<Row> rows, int reminderDays, boolean reminderDefault) {}

    /**
     * What a round of mails did: the names mailed, those invited or reminded without a mail because they refuse
     * them, those the mail server did not take, and the typed names of accounts invited already.
     */
    public record Outcome(List<String> mailed, List<String> notWanted, List<String> failed, List<String> already) {}

    @Inject
    private InvitationStore store;

    @Inject
    private InvitationMails mails;

    @Inject
    private AccountLookup accounts;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    public Overview overview(String slug, Visitor visitor) {
        Poll poll = store.pollToManage(slug, visitor);
        List<Invitation> invitations = store.invitationsOf(poll.getId());
        Map<Long, Invitee> invitees = store.inviteesOf(invitations);
        List<Row> rows = new ArrayList<>(invitations.size());
        for (Invitation invitation : invitations) {
            Invitee invitee = invitees.get(invitation.getAccountId());
            rows.add(new Row(
                    invitation.getId(),
                    invitee == null ? "" : invitee.name(),
                    invitation.isFulfilled(),
                    invitation.getCreated(),
                    invitation.getLastEmail(),
                    invitation.getRemindedAt(),
                    invitee != null && invitee.mailable()));
        }
        Optional<Integer> own = store.reminderDaysOf(poll.getId());
        return new Overview(
                poll.getTitle(),
                poll.zone(),
                poll.getDueDate(),
                rows,
                own.orElse(settings.getReminderDaysBefore()),
                own.isEmpty());
    }

    /** Invites the typed users and groups and mails them; nothing is stored when a name is unknown. */
    public Outcome invite(String slug, Visitor visitor, String names) {
        InvitationStore.Round round = store.invite(slug, visitor, names);
        return mail(round, mails::invite);
    }

    /** Mails one invitation again, refused within 12 hours of its last mail or when the invitee refuses mails. */
    public void resend(String slug, Visitor visitor, Long invitationId) {
        Outcome outcome = mail(store.toResend(slug, visitor, invitationId), mails::invite);
        if (!outcome.failed().isEmpty()) {
            throw new RuleViolation(InvitationRule.MAIL_FAILED, outcome.failed().get(0));
        }
    }

    /** Deletes an invitation of this poll. */
    public void delete(String slug, Visitor visitor, Long invitationId) {
        store.delete(slug, visitor, invitationId);
    }

    /** Mails a reminder to every invitee who has not voted yet and wants invitation mails. */
    public Outcome remind(String slug, Visitor visitor) {
        return mail(store.toRemind(slug, visitor), mails::remind);
    }

    /** Sets the automatic reminder to this many days before the due date; 0 turns it off. */
    public void changeReminderDays(String slug, Visitor visitor, int days) {
        PollReminder.checked(days);
        store.changeReminderDays(slug, visitor, days);
    }

    /** The accounts matching a typed text, for the names field's autocomplete (logged-in visitors only). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<UserSuggestion> suggestAccounts(String typed, Visitor visitor) {
        return accounts.suggest(typed, visitor);
    }

    /**
     * Sends the automatic reminders that are due now ({@link ReminderSchedule}), each recorded once sent, and
     * returns how many went out. A mail that fails is tried again at the next run.
     */
    public int sendDueReminders() {
        ReminderSchedule schedule = new ReminderSchedule(clock, settings.getReminderDaysBefore());
        int sent = 0;
        int failed = 0;
        for (InvitationRepository.Reminding due : store.dueReminders(schedule)) {
            InvitationMails.PollRef poll = new InvitationMails.PollRef(due.slug(), due.title(), due.dueDate());
            if (mails.remind(due.invitee(), poll)) {
                store.markReminded(due.pollId(), due.invitationId(), clock.instant());
                sent++;
            } else {
                failed++;
            }
        }
        if (sent > 0 || failed > 0) {
            int reminded = sent;
            int notSent = failed;
            LOG.info(() -> "Reminders: " + reminded + " sent, " + notSent + " failed (tried again at the next run)");
        }
        return sent;
    }

    /** The sender of one kind of mail. */
    @FunctionalInterface
    private interface Sender {
        boolean send(Invitee to, InvitationMails.PollRef poll);
    }

    private Outcome mail(InvitationStore.Round round, Sender sender) {
        List<String> mailed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<Long> sent = new ArrayList<>();
        for (InvitationStore.Mailing mailing : round.mailings()) {
            if (sender.send(mailing.invitee(), round.poll())) {
                mailed.add(mailing.invitee().name());
                sent.add(mailing.invitationId());
            } else {
                failed.add(mailing.invitee().name());
            }
        }
        if (!sent.isEmpty()) {
            store.markMailed(round.pollId(), sent, clock.instant());
        }
        return new Outcome(mailed, round.notWanted(), failed, round.already());
    }
}
