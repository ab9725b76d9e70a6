package org.bitpoll.vote.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary row (F5 with product decision 8): sums, scores over all votes, counts per value, best columns. */
class ScoresTest {

    /** The four default answer values in display order: yes, maybe, rather not, no. */
    private static final int YES = 0;

    private static final int MAYBE = 1;
    private static final int RATHER_NOT = 2;
    private static final int NO = 3;
    private static final int UNANSWERED = -1;

    private static final BigDecimal[] WEIGHTS = {
        BigDecimal.ONE, new BigDecimal("0.5"), new BigDecimal("0.25"), BigDecimal.ZERO
    };
    private static final boolean[] NONE_DELETED = new boolean[4];

    private static List<Scores.Column> compute(int options, int[]... votes) {
        return Scores.compute(List.of(votes), WEIGHTS, NONE_DELETED, options);
    }

    private static int[] vote(int... cells) {
        return cells;
    }

    @Test
    void zeroVotesGiveNoSumsNoScoresAndNoBestColumn() {
        List<Scores.Column> columns = compute(3);

        assertThat(columns).hasSize(3).allSatisfy(column -> {
            assertThat(column.sum()).isNull();
            assertThat(column.score()).isNull();
            assertThat(column.best()).isFalse();
            assertThat(column.counts()).containsExactly(0, 0, 0, 0);
        });
    }

    @Test
    void votesWithoutAnyAnswerGiveNoBestColumn() {
        List<Scores.Column> columns = compute(2, vote(UNANSWERED, UNANSWERED), vote(UNANSWERED, UNANSWERED));

        assertThat(columns).allSatisfy(column -> {
            assertThat(column.sum()).isNull();
            assertThat(column.score()).isNull();
            assertThat(column.best()).isFalse();
        });
    }

    @Test
    void noOptionsGiveNoColumns() {
        assertThat(compute(0, vote(), vote())).isEmpty();
    }

    @Test
    void tiedColumnsAreAllBest() {
        List<Scores.Column> columns = compute(3, vote(YES, YES, MAYBE), vote(MAYBE, MAYBE, MAYBE));

        assertThat(columns).extracting(Scores.Column::score).containsExactly(0.75, 0.75, 0.5);
        assertThat(columns).extracting(Scores.Column::best).containsExactly(true, true, false);
    }

    @Test
    void anUnansweredCellCountsZeroAndTheScoreIsOverAllVotes() {
        List<Scores.Column> columns = compute(1, vote(YES), vote(UNANSWERED));

        Scores.Column column = columns.get(0);
        assertThat(column.sum()).isEqualByComparingTo("1");
        assertThat(column.score()).isEqualTo(0.5);
        assertThat(column.counts()).containsExactly(1, 0, 0, 0);
        assertThat(column.best()).isTrue();
    }

    @Test
    void theDefaultWeightsAreOneZeroHalfAndQuarter() {
        List<Scores.Column> columns = compute(4, vote(YES, NO, MAYBE, RATHER_NOT));

        assertThat(columns).extracting(Scores.Column::score).containsExactly(1.0, 0.0, 0.5, 0.25);
        assertThat(columns.get(0).sum()).isEqualByComparingTo("1");
        assertThat(columns.get(1).sum()).isEqualByComparingTo("0");
        assertThat(columns.get(2).sum()).isEqualByComparingTo("0.5");
        assertThat(columns.get(3).sum()).isEqualByComparingTo("0.25");
        assertThat(columns).extracting(Scores.Column::best).containsExactly(true, false, false, false);
    }

    @Test
    void weightsAddUpAndAreCountedPerValue() {
        List<Scores.Column> columns = compute(1, vote(YES), vote(MAYBE), vote(RATHER_NOT), vote(NO), vote(MAYBE));

        Scores.Column column = columns.get(0);
        assertThat(column.sum()).isEqualByComparingTo("2.25");
        assertThat(column.score()).isEqualTo(0.45);
        assertThat(column.counts()).containsExactly(1, 2, 1, 1);
    }

    @Test
    void aDeletedValueCountsLikeAnUnansweredCellInTheSumButIsCountedPerValue() {
        boolean[] yesDeleted = {true, false, false, false};

        List<Scores.Column> columns = Scores.compute(List.of(vote(YES, YES), vote(MAYBE, YES)), WEIGHTS, yesDeleted, 2);

        assertThat(columns.get(0).sum()).isEqualByComparingTo("0.5");
        assertThat(columns.get(0).score()).isEqualTo(0.25);
        assertThat(columns.get(0).counts()).containsExactly(1, 1, 0, 0);
        assertThat(columns.get(1).sum()).isNull();
        assertThat(columns.get(1).score()).isNull();
        assertThat(columns.get(1).counts()).containsExactly(2, 0, 0, 0);
        assertThat(columns).extracting(Scores.Column::best).containsExactly(true, false);
    }

    @Test
    void aColumnOfOnlyNoHasSumAndScoreZeroNotAbsent() {
        List<Scores.Column> columns = compute(2, vote(NO, YES), vote(NO, UNANSWERED));

        Scores.Column onlyNo = columns.get(0);
        assertThat(onlyNo.sum()).isNotNull().isEqualByComparingTo("0");
        assertThat(onlyNo.score()).isNotNull().isEqualTo(0.0);
        assertThat(onlyNo.counts()).containsExactly(0, 0, 0, 2);
        assertThat(onlyNo.best()).isFalse();
        assertThat(columns.get(1).best()).isTrue();
    }

    @Test
    void aColumnOfOnlyNoIsBestWhenNothingScoresHigher() {
        List<Scores.Column> columns = compute(2, vote(NO, UNANSWERED), vote(NO, UNANSWERED));

        assertThat(columns.get(0).score()).isEqualTo(0.0);
        assertThat(columns.get(0).best()).isTrue();
        assertThat(columns.get(1).score()).isNull();
        assertThat(columns.get(1).best()).isFalse();
    }

    @Test
    void anOptionWithoutAnswersHasNoSumNoScoreAndIsNotBest() {
        List<Scores.Column> columns = compute(2, vote(NO, UNANSWERED), vote(MAYBE, UNANSWERED));

        Scores.Column unanswered = columns.get(1);
        assertThat(unanswered.sum()).isNull();
        assertThat(unanswered.score()).isNull();
        assertThat(unanswered.counts()).containsExactly(0, 0, 0, 0);
        assertThat(unanswered.best()).isFalse();
        assertThat(columns.get(0).score()).isEqualTo(0.25);
        assertThat(columns.get(0).best()).isTrue();
    }
}
