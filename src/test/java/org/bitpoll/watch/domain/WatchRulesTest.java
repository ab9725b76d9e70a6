package org.bitpoll.watch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.bitpoll.platform.error.ForbiddenException;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.poll.domain.ResultVisibility;
import org.bitpoll.vote.domain.VoteCast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WatchRulesTest {

    private static final Long VOTER = 1L;
    private static final Long WATCHER = 2L;

    private static VoteCast vote(boolean anonymous) {
        return new VoteCast(10L, "team-lunch", 100L, VOTER, "Anna", anonymous);
    }

    private static Watcher watcher(boolean manager, boolean hasVoted) {
        return new Watcher(WATCHER, "bert@example.org", true, manager, hasVoted);
    }

    @ParameterizedTest(name = "{0}, manager {1}, voted {2}: may watch {3}")
    @CsvSource({
        "COMPLETE,            false, false, true",
        "SUMMARY,             false, false, true",
        "NEVER,               false, false, false",
        "NEVER,               true,  false, true",
        "SUMMARY_AFTER_VOTE,  false, false, false",
        "SUMMARY_AFTER_VOTE,  false, true,  true",
        "COMPLETE_AFTER_VOTE, false, false, false",
        "COMPLETE_AFTER_VOTE, false, true,  true"
    })
    void aLoggedInPersonMayWatchWhenTheResultsAreShownToThem(
            ResultVisibility mode, boolean manager, boolean hasVoted, boolean mayWatch) {
        assertThat(WatchRules.mayWatch(true, mode, manager, hasVoted)).isEqualTo(mayWatch);
    }

    @Test
    void aGuestMayNeverWatch() {
        assertThat(WatchRules.mayWatch(false, ResultVisibility.COMPLETE, false, false))
                .isFalse();
        assertThatThrownBy(() -> WatchRules.checkMayWatch(false, ResultVisibility.COMPLETE, false, false))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void watchingHiddenResultsIsRefusedWithItsRule() {
        assertThatThrownBy(() -> WatchRules.checkMayWatch(true, ResultVisibility.NEVER, false, true))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo(WatchRule.RESULTS_HIDDEN));
    }

    @Test
    void unwatchingNeedsOnlyALogin() {
        WatchRules.checkLoggedIn(true);
        assertThatThrownBy(() -> WatchRules.checkLoggedIn(false)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theVoterIsNotMailedAboutTheirOwnVote() {
        Watcher voter = new Watcher(VOTER, "anna@example.org", true, false, true);

        assertThat(WatchRules.notice(voter, vote(false), ResultVisibility.COMPLETE))
                .isEmpty();
    }

    @Test
    void aWatcherWhoSeesEveryRowIsToldTheVotersName() {
        assertThat(WatchRules.notice(watcher(false, false), vote(false), ResultVisibility.COMPLETE))
                .contains(new WatchRules.Notice(Optional.of("Anna")));
    }

    @Test
    void anAnonymousVoteIsNeverNamed() {
        assertThat(WatchRules.notice(watcher(true, false), vote(true), ResultVisibility.COMPLETE))
                .contains(new WatchRules.Notice(Optional.empty()));
    }

    @ParameterizedTest(name = "{0}, manager {1}, voted {2}")
    @CsvSource({
        "SUMMARY,             false, false",
        "SUMMARY_AFTER_VOTE,  false, true",
    })
    void aWatcherWhoSeesOnlyTheSummaryIsMailedWithoutTheName(ResultVisibility mode, boolean manager, boolean voted) {
        assertThat(WatchRules.notice(watcher(manager, voted), vote(false), mode))
                .contains(new WatchRules.Notice(Optional.empty()));
    }

    @Test
    void aManagerSeesTheNameWhereOthersDoNot() {
        assertThat(WatchRules.notice(watcher(true, false), vote(false), ResultVisibility.NEVER))
                .contains(new WatchRules.Notice(Optional.of("Anna")));
    }

    @ParameterizedTest(name = "{0}, voted {1}")
    @CsvSource({"NEVER, true", "COMPLETE_AFTER_VOTE, false", "SUMMARY_AFTER_VOTE, false"})
    void aWatcherWhoMayNoLongerSeeTheResultsIsNotMailed(ResultVisibility mode, boolean voted) {
        assertThat(WatchRules.notice(watcher(false, voted), vote(false), mode)).isEmpty();
    }

    @Test
    void aDisabledAccountOrOneWithoutAddressIsNotMailed() {
        Watcher disabled = new Watcher(WATCHER, "bert@example.org", false, false, false);
        Watcher noAddress = new Watcher(WATCHER, "", true, false, false);

        assertThat(WatchRules.notice(disabled, vote(false), ResultVisibility.COMPLETE))
                .isEmpty();
        assertThat(WatchRules.notice(noAddress, vote(false), ResultVisibility.COMPLETE))
                .isEmpty();
    }

    @Test
    void aGuestsVoteIsMailedToEveryWatcherWithTheGuestsName() {
        VoteCast guest = new VoteCast(10L, "team-lunch", 101L, null, "Carla", false);

        assertThat(WatchRules.notice(watcher(false, false), guest, ResultVisibility.COMPLETE))
                .contains(new WatchRules.Notice(Optional.of("Carla")));
    }
}
