package org.bitpoll.poll.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bitpoll.poll.domain.ManagementFixtures.BERLIN;
import static org.bitpoll.poll.domain.ManagementFixtures.NOW;
import static org.bitpoll.poll.domain.ManagementFixtures.poll;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A manager closes a poll and reopens it (issue 3, item 8). */
class PollClosingTest {

    private final Poll poll = poll(PollType.UNIVERSAL);

    private void dueAt(LocalDateTime wallClock) {
        PollSettings settings = poll.settings();
        poll.changeSettings(new PollSettings(
                settings.title(),
                wallClock,
                settings.showResults(),
                BERLIN,
                settings.description(),
                settings.sorting(),
                settings.flags()));
    }

    @Test
    void aNewPollIsOpen() {
        assertThat(poll.isClosed()).isFalse();
        assertThat(poll.isOpenForVoting(NOW)).isTrue();
    }

    @Test
    void aClosedPollTakesNoVotes() {
        poll.close();

        assertThat(poll.isClosed()).isTrue();
        assertThat(poll.isOpenForVoting(NOW)).isFalse();
    }

    @Test
    void closingTwiceChangesNothing() {
        poll.close();
        poll.close();

        assertThat(poll.isClosed()).isTrue();
    }

    @Test
    void aReopenedPollTakesVotesAgain() {
        poll.close();

        poll.reopen(NOW);

        assertThat(poll.isClosed()).isFalse();
        assertThat(poll.isOpenForVoting(NOW)).isTrue();
    }

    @Test
    void reopeningKeepsADueDateStillAhead() {
        dueAt(LocalDateTime.of(2030, 2, 1, 18, 0));
        poll.close();

        poll.reopen(NOW);

        assertThat(poll.getDueDate())
                .isEqualTo(LocalDateTime.of(2030, 2, 1, 18, 0).atZone(BERLIN).toInstant());
        assertThat(poll.isOpenForVoting(NOW)).isTrue();
        assertThat(poll.isOpenForVoting(poll.getDueDate())).isFalse();
    }

    @Test
    void reopeningAPollPastItsDueDateRemovesTheDueDate() {
        dueAt(LocalDateTime.of(2030, 1, 10, 18, 0));
        assertThat(poll.isOpenForVoting(NOW)).isFalse();

        poll.reopen(NOW);

        assertThat(poll.getDueDate()).isNull();
        assertThat(poll.isOpenForVoting(NOW)).isTrue();
    }

    @Test
    void aDueDateOfExactlyNowCountsAsPassed() {
        poll.changeSettings(new PollSettings(
                "T",
                LocalDateTime.ofInstant(NOW, BERLIN),
                ResultVisibility.COMPLETE,
                BERLIN,
                "",
                Sorting.DATE,
                Set.of()));

        assertThat(poll.isOpenForVoting(NOW)).isFalse();
        poll.reopen(NOW);
        assertThat(poll.isOpenForVoting(NOW.plus(Duration.ofDays(365)))).isTrue();
    }

    @Test
    void savingTheSettingsDoesNotReopenAClosedPoll() {
        poll.close();

        poll.changeSettings(poll.settings());

        assertThat(poll.isClosed()).isTrue();
    }
}
