package org.bitpoll.watch.domain;

import java.util.Optional;
import org.bitpoll.platform.error.ForbiddenException;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.poll.domain.ResultVisibility;
import org.bitpoll.vote.domain.Visibility;
import org.bitpoll.vote.domain.VoteCast;

/**
 * Who may watch a poll, who is mailed about a new vote, and what that mail tells (reference F24 with product
 * decision 8). A person may start watching when logged in and allowed to see the poll's results, the votes of
 * others or their summary ({@link Visibility}); stopping is always allowed. A new vote is mailed to every watcher
 * but its voter who still may see the results and has an active account with a mail address; the mail names the
 * voter only when that watcher sees the rows of others and the vote is not anonymous.
 */
public final class WatchRules {

    /** What the mail about a new vote tells one watcher: the voter's name, or none. */
    public record Notice(Optional<String> voterName) {}

    private WatchRules() {}

    /** Whether someone may see a poll's results enough to watch it. */
    public static boolean seesResults(ResultVisibility mode, boolean manager, boolean hasVoted) {
        Visibility visibility = Visibility.of(mode, manager, hasVoted);
        return visibility.rows() == Visibility.Rows.ALL || visibility.summary();
    }

    /** Whether a visitor may start watching a poll. */
    public static boolean mayWatch(boolean loggedIn, ResultVisibility mode, boolean manager, boolean hasVoted) {
        return loggedIn && seesResults(mode, manager, hasVoted);
    }

    /** Refuses a visitor who may not start watching: a guest (403), or one who may not see the results. */
    public static void checkMayWatch(boolean loggedIn, ResultVisibility mode, boolean manager, boolean hasVoted) {
        checkLoggedIn(loggedIn);
        if (!seesResults(mode, manager, hasVoted)) {
            throw new RuleViolation(WatchRule.RESULTS_HIDDEN);
        }
    }

    /** Stopping needs only a login: whoever watches may stop, whatever the poll shows them now. */
    public static void checkLoggedIn(boolean loggedIn) {
        if (!loggedIn) {
            throw new ForbiddenException(WatchRule.LOGIN_REQUIRED);
        }
    }

    /** What a watcher is mailed about a new vote on a poll with this visibility; empty: no mail. */
    public static Optional<Notice> notice(Watcher watcher, VoteCast vote, ResultVisibility mode) {
        if (watcher.accountId().equals(vote.voterAccountId())
                || !watcher.active()
                || watcher.email() == null
                || watcher.email().isBlank()
                || !seesResults(mode, watcher.manager(), watcher.hasVoted())) {
            return Optional.empty();
        }
        boolean named =
                Visibility.of(mode, watcher.manager(), watcher.hasVoted()).rows() == Visibility.Rows.ALL
                        && !vote.anonymous()
                        && vote.voterName() != null
                        && !vote.voterName().isBlank();
        return Optional.of(new Notice(named ? Optional.of(vote.voterName()) : Optional.empty()));
    }
}
