package org.bitpoll.invitation.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bitpoll.account.application.AccountLookup;
import org.bitpoll.account.domain.Account;
import org.bitpoll.group.domain.GroupRepository;
import org.bitpoll.invitation.application.InvitationMails.PollRef;
import org.bitpoll.invitation.domain.Invitation;
import org.bitpoll.invitation.domain.InvitationRepository;
import org.bitpoll.invitation.domain.InvitationRepository.Invitee;
import org.bitpoll.invitation.domain.InvitationRule;
import org.bitpoll.invitation.domain.Invitees;
import org.bitpoll.invitation.domain.PollReminder;
import org.bitpoll.invitation.domain.ReminderSchedule;
import org.bitpoll.platform.error.NotFoundException;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.security.Visitor;
import org.bitpoll.poll.application.PollService;
import org.bitpoll.poll.domain.Poll;

/**
 * The invitations as {@link InvitationService} reads and changes them, each call in its own transaction (or none,
 * for reads), so that the mails sent between two calls roll nothing back. Every call that names a poll checks that
 * the visitor may manage it, and every invitation is looked up inside its poll.
 */
@Stateless
public class InvitationStore {

    /** An invitation to mail, with its invitee. */
    public record Mailing(Long invitationId, Invitee invitee) {}

    /**
     * What an invitation or reminder round does: the poll, the invitations to mail, the names invited (or reminded)
     * without a mail because they refuse them, and the names typed for accounts already invited.
     */
    public record Round(
            Long pollId, PollRef poll, List<Mailing> mailings, List<String> notWanted, List<String> already) {}

    @Inject
    private PollService polls;

    @Inject
    private InvitationRepository invitations;

    @Inject
    private AccountLookup accounts;

    @Inject
    private GroupRepository groups;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Poll pollToManage(String slug, Visitor visitor) {
        return polls.getPollToManage(slug, visitor);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Invitation> invitationsOf(Long pollId) {
        return invitations.ofPoll(pollId);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, Invitee> inviteesOf(List<Invitation> of) {
        Map<Long, Invitee> byAccount = new HashMap<>();
        invitations
                .invitees(of.stream().map(Invitation::getAccountId).toList())
                .forEach(invitee -> byAccount.put(invitee.accountId(), invitee));
        return byAccount;
    }

    /** The poll's own reminder setting, empty when it follows the operator's default. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Integer> reminderDaysOf(Long pollId) {
        return invitations.reminderOf(pollId).map(PollReminder::getDaysBefore);
    }

    /**
     * Invites the accounts the typed names stand for (users, and groups' members now); nothing is stored when a
     * name is unknown.
     */
    public Round invite(String slug, Visitor visitor, String typed) {
        Poll poll = polls.getPollToManage(slug, visitor);
        Set<Long> invited = invitations.ofPoll(poll.getId()).stream()
                .map(Invitation::getAccountId)
                .collect(Collectors.toSet());
        Invitees.Plan plan = Invitees.plan(typed, directory(), invited);
        Instant now = clock.instant();
        List<Mailing> mailings = new ArrayList<>();
        List<String> notWanted = new ArrayList<>();
        for (Invitee invitee : invitations.invitees(plan.toInvite())) {
            Invitation invitation = new Invitation(poll.getId(), invitee.accountId(), visitor.accountId(), now);
            invitations.add(invitation);
            if (invitee.mailable()) {
                mailings.add(new Mailing(invitation.getId(), invitee));
            } else {
                notWanted.add(invitee.name());
            }
        }
        return new Round(poll.getId(), refOf(poll), mailings, notWanted, plan.alreadyInvited());
    }

    private Invitees.Directory directory() {
        return new Invitees.Directory() {
            @Override
            public Optional<Long> account(String username) {
                return accounts.findActive(username).map(Account::getId);
            }

            @Override
            public Optional<List<Long>> groupMembers(String groupName) {
                return groups.findByName(groupName).map(group -> groups.memberIdsOf(group.id()));
            }
        };
    }

    private static PollRef refOf(Poll poll) {
        return new PollRef(poll.getSlug(), poll.getTitle(), poll.getDueDate());
    }

    /** The invitation to mail again: not mailed in the last 12 hours, to an invitee who wants invitation mails. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Round toResend(String slug, Visitor visitor, Long invitationId) {
        Poll poll = polls.getPollToManage(slug, visitor);
        Invitation invitation =
                invitations.findInPoll(poll.getId(), invitationId).orElseThrow(NotFoundException::new);
        // a disabled invitee is listed without a resend button: not found for a forged post
        Invitee invitee = invitations.invitees(List.of(invitation.getAccountId())).stream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
        if (!invitee.mailable()) {
            throw new RuleViolation(InvitationRule.NO_MAILS_WANTED, invitee.name());
        }
        invitation.checkResend(clock.instant(), invitee.name());
        return new Round(
                poll.getId(), refOf(poll), List.of(new Mailing(invitation.getId(), invitee)), List.of(), List.of());
    }

    /** The reminder round of a manager: every invitee who has not voted, mailed if they want invitation mails. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Round toRemind(String slug, Visitor visitor) {
        Poll poll = polls.getPollToManage(slug, visitor);
        List<Invitation> pending = invitations.ofPoll(poll.getId()).stream()
                .filter(invitation -> !invitation.isFulfilled())
                .toList();
        Map<Long, Invitee> byAccount = inviteesOf(pending);
        List<Mailing> mailings = new ArrayList<>();
        List<String> notWanted = new ArrayList<>();
        List<String> recentlyMailed = new ArrayList<>();
        Instant now = clock.instant();
        for (Invitation invitation : pending) {
            Invitee invitee = byAccount.get(invitation.getAccountId());
            if (invitee == null) {
                continue;
            }
            if (!invitee.mailable()) {
                notWanted.add(invitee.name());
            } else if (invitation.mayBeMailedAgain(now)) {
                mailings.add(new Mailing(invitation.getId(), invitee));
            } else {
                recentlyMailed.add(invitee.name());
            }
        }
        return new Round(poll.getId(), refOf(poll), mailings, notWanted, recentlyMailed);
    }

    /** The invitations of this poll were mailed at {@code at}. */
    public void markMailed(Long pollId, List<Long> invitationIds, Instant at) {
        invitationIds.forEach(id -> invitations.findInPoll(pollId, id).ifPresent(found -> found.mailed(at)));
    }

    /** The automatic reminder of this invitation went out at {@code at}. */
    public void markReminded(Long pollId, Long invitationId, Instant at) {
        invitations.findInPoll(pollId, invitationId).ifPresent(found -> found.reminded(at));
    }

    public void delete(String slug, Visitor visitor, Long invitationId) {
        Poll poll = polls.getPollToManage(slug, visitor);
        invitations.remove(invitations.findInPoll(poll.getId(), invitationId).orElseThrow(NotFoundException::new));
    }

    /** Sets the poll's automatic reminder to this many days before its due date (0: none). */
    public void changeReminderDays(String slug, Visitor visitor, int days) {
        Poll poll = polls.getPollToManage(slug, visitor);
        Optional<PollReminder> existing = invitations.reminderOf(poll.getId());
        if (existing.isPresent()) {
            existing.get().change(days);
        } else {
            invitations.addReminder(new PollReminder(poll.getId(), days));
        }
    }

    /** The invitations whose automatic reminder is due now, by {@code schedule}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<InvitationRepository.Reminding> dueReminders(ReminderSchedule schedule) {
        return invitations.awaitingReminder(clock.instant()).stream()
                .filter(found -> schedule.remindNow(new ReminderSchedule.Candidate(
                        found.invitationId(),
                        found.dueDate(),
                        found.closed(),
                        found.daysBefore(),
                        found.fulfilled(),
                        found.remindedAt(),
                        found.invitee().mailable())))
                .toList();
    }
}
