package org.bitpoll.poll.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.bitpoll.account.application.AccountLookup;
import org.bitpoll.account.domain.Account;
import org.bitpoll.account.domain.AccountRepository;
import org.bitpoll.group.domain.GroupRepository;
import org.bitpoll.group.domain.GroupRepository.GroupRef;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.error.ForbiddenException;
import org.bitpoll.platform.error.NotFoundException;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.security.Visitor;
import org.bitpoll.poll.domain.AnswerValueDraft;
import org.bitpoll.poll.domain.ChoiceDraft;
import org.bitpoll.poll.domain.DefaultAnswers;
import org.bitpoll.poll.domain.ManagementKey;
import org.bitpoll.poll.domain.Manager;
import org.bitpoll.poll.domain.NewPoll;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.poll.domain.PollCopy;
import org.bitpoll.poll.domain.PollRepository;
import org.bitpoll.poll.domain.PollRule;
import org.bitpoll.poll.domain.PollSettings;
import org.bitpoll.poll.domain.PollType;

/**
 * Creating polls, setting up their options, and managing them: settings, answer values, closing, copying,
 * ownership and deleting. Every change checks, inside its transaction, that the poll exists and that the caller
 * may manage it; a broken rule rolls the whole change back. A visitor's groups are read only where they matter:
 * for a poll a group owns, and for a change of owner.
 */
@Stateless
public class PollService {

    private static final Logger LOG = Logger.getLogger(PollService.class.getName());

    /** A created poll, and the management token to show once when it was created without login. */
    public record Created(Long pollId, String slug, PollType type, String managementToken) {}

    /**
     * Who owns a poll, as its settings page shows it to a manager: the owner account's user name and name (null
     * when none), the owning group (null when none), the groups the visitor may hand the poll to (their own, and
     * the current one; none while the operator has group management off, which keeps the current group), whether
     * the visitor may claim it, and whether its management link may be retired.
     */
    public record Ownership(
            String ownerUsername,
            String ownerName,
            GroupRef group,
            List<GroupRef> groupChoices,
            boolean claimable,
            boolean linkRetirable) {}

    /** The figures of the index page. */
    public record Statistics(long polls, long votes, long users) {}

    @Inject
    private PollRepository polls;

    @Inject
    private AccountRepository accounts;

    @Inject
    private AccountLookup lookup;

    @Inject
    private GroupRepository groups;

    @Inject
    private Clock clock;

    @Inject
    private Settings settings;

    /** Creates a poll owned by the logged-in visitor, or, without login, guarded by a new management key. */
    public Created createPoll(NewPoll spec, Visitor visitor, DefaultAnswers answers) {
        Optional<Account> owner = accountOf(visitor);
        checkMayCreate(owner);
        if (polls.slugExists(spec.slug())) {
            throw new RuleViolation(PollRule.SLUG_TAKEN, spec.slug());
        }
        String token = null;
        Poll poll;
        if (owner.isPresent()) {
            poll = Poll.createOwned(spec, owner.get(), answers, clock.instant());
        } else {
            token = ManagementKey.newToken();
            poll = Poll.createWithManagementKey(spec, ManagementKey.hash(token), answers, clock.instant());
        }
        polls.add(poll);
        polls.flush();
        LOG.fine(() -> "created poll " + spec.slug());
        return new Created(poll.getId(), poll.getSlug(), poll.getType(), token);
    }

    private void checkMayCreate(Optional<Account> creator) {
        if (!settings.mayCreatePolls(creator.isPresent())) {
            throw new RuleViolation(PollRule.CREATION_REQUIRES_LOGIN);
        }
    }

    private Optional<Account> accountOf(Visitor visitor) {
        return visitor.isLoggedIn() ? accounts.findById(visitor.accountId()) : Optional.empty();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Poll> findPoll(String slug) {
        return polls.findBySlug(slug);
    }

    /** The poll to manage; not found, or forbidden for someone who may not manage it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Poll getPollToManage(String slug, Visitor visitor) {
        Poll poll = polls.findBySlug(slug).orElseThrow(NotFoundException::new);
        if (!poll.canBeManagedBy(managerOf(poll, visitor))) {
            throw new ForbiddenException(PollRule.NOT_MANAGER);
        }
        return poll;
    }

    /** The visitor as a manager of this poll: their groups are read only when a group owns it. */
    private Manager managerOf(Poll poll, Visitor visitor) {
        return poll.getOwnerGroupId() == null || !visitor.isLoggedIn()
                ? Manager.of(visitor)
                : Manager.of(visitor, groups.groupIdsOf(visitor.accountId()));
    }

    /** The visitor as a manager with all their groups, for a change of owner. */
    private Manager managerWithGroups(Visitor visitor) {
        return Manager.of(visitor, groups.groupIdsOf(visitor.accountId()));
    }

    /** Who owns the poll, for a visitor who manages it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Ownership ownership(String slug, Visitor visitor) {
        Poll poll = getPollToManage(slug, visitor);
        Manager manager = managerOf(poll, visitor);
        Account owner = poll.getOwner();
        GroupRef group = groups.findById(poll.getOwnerGroupId()).orElse(null);
        List<GroupRef> choices = new ArrayList<>();
        if (settings.isGroupManagement()) {
            choices.addAll(groups.groupsOf(visitor.accountId()));
            if (group != null
                    && choices.stream().noneMatch(choice -> choice.id().equals(group.id()))) {
                choices.add(0, group);
            }
        }
        return new Ownership(
                owner == null ? null : owner.getUsername(),
                owner == null ? null : owner.displayName(),
                group,
                List.copyOf(choices),
                poll.mayBeClaimedBy(manager),
                visitor.isLoggedIn() && poll.hasOwner() && poll.hasManagementKey());
    }

    /** The logged-in visitor, who holds the poll's management link, becomes its owner. */
    public void claimPoll(String slug, Visitor visitor) {
        Poll poll = pollToChange(slug, visitor);
        Account claimer = accountOf(visitor).orElseThrow(() -> new ForbiddenException(PollRule.OWNERSHIP_NEEDS_LOGIN));
        poll.claim(claimer, managerOf(poll, visitor));
        LOG.fine(() -> "poll " + slug + " claimed");
    }

    /**
     * Hands the poll to the active account with this user name (none when blank) and this group (none when null).
     * An unknown user name changes nothing. Returns whether the visitor still manages the poll afterwards.
     */
    public boolean handOver(String slug, Visitor visitor, String username, Long groupId) {
        Poll poll = pollToChange(slug, visitor);
        Account newOwner = null;
        if (username != null && !username.isBlank()) {
            newOwner = lookup.findActive(username)
                    .orElseThrow(() -> new RuleViolation(PollRule.OWNER_UNKNOWN, username.strip()));
        }
        Manager manager = visitor.isLoggedIn() ? managerWithGroups(visitor) : Manager.of(visitor);
        poll.handOver(newOwner, groupId, manager);
        LOG.fine(() -> "poll " + slug + " handed over");
        return poll.canBeManagedBy(manager);
    }

    /** Retires the management link of an owned poll. */
    public void retireManagementLink(String slug, Visitor visitor) {
        Poll poll = pollToChange(slug, visitor);
        poll.retireManagementLink(managerOf(poll, visitor));
        LOG.fine(() -> "management link of poll " + slug + " retired");
    }

    /** The URL name of the poll a management token belongs to. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Poll> findPollByManagementToken(String token) {
        return polls.findByManagementKeyHash(ManagementKey.hash(token));
    }

    public void editUniversalChoices(String slug, Visitor visitor, List<ChoiceDraft> rows) {
        pollToChange(slug, visitor).editUniversalChoices(rows);
    }

    public void chooseDates(String slug, Visitor visitor, List<LocalDate> days) {
        pollToChange(slug, visitor).chooseDates(days);
    }

    public void chooseDateTimes(String slug, Visitor visitor, List<LocalDateTime> wallClockTimes) {
        pollToChange(slug, visitor).chooseDateTimes(wallClockTimes);
    }

    public void changeSettings(String slug, Visitor visitor, PollSettings settings) {
        pollToChange(slug, visitor).changeSettings(settings);
        LOG.fine(() -> "changed the settings of poll " + slug);
    }

    public void closePoll(String slug, Visitor visitor) {
        pollToChange(slug, visitor).close();
        LOG.fine(() -> "closed poll " + slug);
    }

    public void reopenPoll(String slug, Visitor visitor) {
        pollToChange(slug, visitor).reopen(clock.instant());
        LOG.fine(() -> "reopened poll " + slug);
    }

    public void addAnswerValue(String slug, Visitor visitor, AnswerValueDraft draft) {
        pollToChange(slug, visitor).addAnswerValue(draft);
    }

    public void editAnswerValue(String slug, Visitor visitor, Long valueId, AnswerValueDraft draft) {
        pollToChange(slug, visitor).editAnswerValue(valueId, draft);
    }

    public void deleteAnswerValue(String slug, Visitor visitor, Long valueId) {
        pollToChange(slug, visitor).deleteAnswerValue(valueId);
    }

    public void restoreAnswerValue(String slug, Visitor visitor, Long valueId) {
        pollToChange(slug, visitor).restoreAnswerValue(valueId);
    }

    /**
     * The poll to manage, about to change what its page shows: its results version is raised in this transaction,
     * so no server keeps showing a grid built before the change.
     */
    private Poll pollToChange(String slug, Visitor visitor) {
        Poll poll = getPollToManage(slug, visitor);
        polls.touchResults(poll.getId());
        return poll;
    }

    /**
     * Copies a poll the caller manages. A logged-in copier owns the copy; otherwise the copy is guarded by a new
     * management key, returned to be shown once.
     */
    public Created copyPoll(String slug, Visitor visitor, PollCopy request, DefaultAnswers defaults) {
        Poll original = getPollToManage(slug, visitor);
        Optional<Account> copier = accountOf(visitor);
        checkMayCreate(copier);
        if (polls.slugExists(request.slug())) {
            throw new RuleViolation(PollRule.SLUG_TAKEN, request.slug());
        }
        String token = null;
        Poll copy;
        if (copier.isPresent()) {
            copy = original.copyOwnedBy(request, copier.get(), defaults, clock.instant());
        } else {
            token = ManagementKey.newToken();
            copy = original.copyWithManagementKey(request, ManagementKey.hash(token), defaults, clock.instant());
        }
        polls.add(copy);
        polls.flush();
        LOG.fine(() -> "copied poll " + slug + " to " + request.slug());
        return new Created(copy.getId(), copy.getSlug(), copy.getType(), token);
    }

    /** Deletes a poll for good; the database removes its options, answer values, votes and the rest. */
    public void deletePoll(String slug, Visitor visitor) {
        polls.remove(getPollToManage(slug, visitor));
        LOG.fine(() -> "deleted poll " + slug);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Statistics statistics() {
        return new Statistics(polls.count(), polls.voteCount(), accounts.count());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PollRepository.Listing> publicPolls() {
        return polls.publicPolls();
    }
}
