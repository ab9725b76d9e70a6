package org.bitpoll.watch.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.bitpoll.account.domain.Account;
import org.bitpoll.account.domain.AccountRepository;
import org.bitpoll.account.domain.AutoWatchTurnedOn;
import org.bitpoll.group.domain.GroupRepository;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.error.NotFoundException;
import org.bitpoll.platform.mail.MailOutbox;
import org.bitpoll.platform.security.Visitor;
import org.bitpoll.platform.web.Urls;
import org.bitpoll.poll.domain.Manager;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.poll.domain.PollRepository;
import org.bitpoll.vote.domain.VoteCast;
import org.bitpoll.vote.domain.VoteRepository;
import org.bitpoll.watch.domain.PollWatch;
import org.bitpoll.watch.domain.WatchRepository;
import org.bitpoll.watch.domain.WatchRules;
import org.bitpoll.watch.domain.Watcher;

/**
 * Watching polls (F24). The poll page asks {@link #state} and posts {@link #watch} or {@link #unwatch}; a new vote
 * ({@link VoteCast}, in the vote's transaction) auto-watches for a voter who wants it and queues one mail per
 * watcher in the outbox, which sends them after the vote has committed; turning auto-watch on watches every poll
 * the person voted in. Who may do what is {@link WatchRules}.
 */
@Stateless
public class WatchService {

    private static final Logger LOG = Logger.getLogger(WatchService.class.getName());

    /** What the poll page offers a visitor: the button at all, and whether it stops or starts watching. */
    public record WatchState(boolean offered, boolean watching) {

        public static final WatchState NONE = new WatchState(false, false);
    }

    @Inject
    private PollRepository polls;

    @Inject
    private VoteRepository votes;

    @Inject
    private WatchRepository watches;

    @Inject
    private AccountRepository accounts;

    @Inject
    private GroupRepository groups;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Settings settings;

    /** A logged-in visitor is offered "Unwatch" while watching, and "Watch" while allowed to start. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public WatchState state(String slug, Visitor visitor) {
        if (!visitor.isLoggedIn()) {
            return WatchState.NONE;
        }
        Poll poll = poll(slug);
        if (watches.isWatching(poll.getId(), visitor.accountId())) {
            return new WatchState(true, true);
        }
        return new WatchState(mayWatch(poll, visitor), false);
    }

    public void watch(String slug, Visitor visitor) {
        Poll poll = poll(slug);
        WatchRules.checkMayWatch(
                visitor.isLoggedIn(),
                poll.getShowResults(),
                isManager(poll, visitor),
                votes.hasVoted(poll.getId(), visitor.accountId()));
        if (!watches.isWatching(poll.getId(), visitor.accountId())) {
            watches.add(new PollWatch(poll.getId(), visitor.accountId()));
        }
    }

    public void unwatch(String slug, Visitor visitor) {
        Poll poll = poll(slug);
        WatchRules.checkLoggedIn(visitor.isLoggedIn());
        watches.remove(poll.getId(), visitor.accountId());
    }

    /** A new vote: the voter starts watching if they want it, and the other watchers are mailed. */
    public void voteCast(@Observes VoteCast cast) {
        Optional<Poll> found = polls.findBySlug(cast.pollSlug());
        if (found.isEmpty()) {
            return;
        }
        Poll poll = found.get();
        if (cast.voterAccountId() != null) {
            accounts.findById(cast.voterAccountId())
                    .filter(Account::isAutoWatch)
                    .ifPresent(voter -> autoWatch(poll, voter));
        }
        String pollUrl = settings.getBaseUrl() + Urls.view(poll.getSlug());
        for (Long watcherId : watches.watcherIds(poll.getId())) {
            if (watcherId.equals(cast.voterAccountId())) {
                continue;
            }
            accounts.findById(watcherId)
                    .ifPresent(account -> WatchRules.notice(watcher(poll, account), cast, poll.getShowResults())
                            .ifPresent(notice -> mail(account, poll, pollUrl, notice)));
        }
    }

    /** Auto-watch was turned on: every poll the person voted in and may see the results of is watched. */
    public void autoWatchTurnedOn(@Observes AutoWatchTurnedOn on) {
        accounts.findById(on.accountId()).ifPresent(account -> {
            for (String slug : watches.slugsVotedBy(account.getId())) {
                polls.findBySlug(slug).ifPresent(poll -> autoWatch(poll, account));
            }
        });
    }

    private void autoWatch(Poll poll, Account account) {
        if (!watches.isWatching(poll.getId(), account.getId())
                && WatchRules.seesResults(poll.getShowResults(), isManager(poll, account), true)) {
            watches.add(new PollWatch(poll.getId(), account.getId()));
        }
    }

    private void mail(Account account, Poll poll, String pollUrl, WatchRules.Notice notice) {
        Locale language = Locale.forLanguageTag(account.getLanguage());
        String kind = notice.voterName().isPresent() ? "watchNamed" : "watchUnnamed";
        outbox.enqueue(
                kind,
                account.getEmail(),
                language,
                poll.getTitle(),
                pollUrl,
                notice.voterName().orElse(""));
        LOG.fine(() -> "Queued a new-vote mail of poll " + poll.getId() + " to account " + account.getId());
    }

    private Watcher watcher(Poll poll, Account account) {
        return new Watcher(
                account.getId(),
                account.getEmail(),
                account.isActive(),
                isManager(poll, account),
                votes.hasVoted(poll.getId(), account.getId()));
    }

    private Poll poll(String slug) {
        return polls.findBySlug(slug).orElseThrow(NotFoundException::new);
    }

    private boolean mayWatch(Poll poll, Visitor visitor) {
        return WatchRules.mayWatch(
                visitor.isLoggedIn(),
                poll.getShowResults(),
                isManager(poll, visitor),
                votes.hasVoted(poll.getId(), visitor.accountId()));
    }

    private boolean isManager(Poll poll, Visitor visitor) {
        Set<Long> groupIds = poll.getOwnerGroupId() == null || !visitor.isLoggedIn()
                ? Set.of()
                : groups.groupIdsOf(visitor.accountId());
        return poll.canBeManagedBy(Manager.of(visitor, groupIds));
    }

    private boolean isManager(Poll poll, Account account) {
        Set<Long> groupIds = poll.getOwnerGroupId() == null ? Set.of() : groups.groupIdsOf(account.getId());
        return poll.canBeManagedBy(new Manager(account.getId(), groupIds, account.isSiteAdmin(), Map.of()));
    }
}
