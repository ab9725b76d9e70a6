package org.bitpoll.vote.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.bitpoll.vote.domain.Ballot.Answer;
import org.bitpoll.vote.domain.Ballot.OptionProblem;
import org.junit.jupiter.api.Test;

class BallotTest {

    private static final List<Long> OPTIONS = List.of(1L, 2L, 3L);

    @Test
    void anOptionWithNeitherAnswerNorCommentIsNoAnswer() {
        Ballot ballot = new Ballot(" Ann ", false, null, Map.of(1L, new Answer(7L, " hi "), 2L, new Answer(null, " ")));

        assertThat(ballot.name()).isEqualTo("Ann");
        assertThat(ballot.answers()).containsOnlyKeys(1L);
        assertThat(ballot.answers().get(1L).comment()).isEqualTo("hi");
        assertThat(ballot.answers(1L)).isTrue();
        assertThat(ballot.answers(2L)).isFalse();
    }

    @Test
    void aCommentOnAnUnansweredOptionIsAProblemInEveryPoll() {
        Ballot ballot = new Ballot("Ann", false, "", Map.of(1L, new Answer(7L, ""), 3L, new Answer(null, "later")));

        assertThat(ballot.problems(OPTIONS, false)).containsExactly(entry(3L, OptionProblem.COMMENT_WITHOUT_ANSWER));
    }

    @Test
    void whenEveryOptionNeedsAnAnswerEachEmptyOneIsNamedInOrder() {
        Ballot ballot = new Ballot("Ann", false, "", Map.of(2L, new Answer(7L, ""), 3L, new Answer(null, "later")));

        assertThat(ballot.problems(OPTIONS, true))
                .containsExactly(entry(1L, OptionProblem.UNANSWERED), entry(3L, OptionProblem.COMMENT_WITHOUT_ANSWER));
        assertThat(ballot.problems(OPTIONS, false)).containsOnlyKeys(3L);
    }

    @Test
    void aCompleteBallotHasNoProblems() {
        Ballot ballot = new Ballot(
                "Ann", false, "", Map.of(1L, new Answer(7L, "x"), 2L, new Answer(8L, null), 3L, new Answer(7L, "")));

        assertThat(ballot.problems(OPTIONS, true)).isEmpty();
    }
}
