package org.bitpoll.vote.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bitpoll.vote.domain.VoteFixtures.A;
import static org.bitpoll.vote.domain.VoteFixtures.ALICE;
import static org.bitpoll.vote.domain.VoteFixtures.B;
import static org.bitpoll.vote.domain.VoteFixtures.BERLIN;
import static org.bitpoll.vote.domain.VoteFixtures.NO;
import static org.bitpoll.vote.domain.VoteFixtures.NOW;
import static org.bitpoll.vote.domain.VoteFixtures.YES;
import static org.bitpoll.vote.domain.VoteFixtures.aPoll;
import static org.bitpoll.vote.domain.VoteFixtures.alice;
import static org.bitpoll.vote.domain.VoteFixtures.guest;
import static org.bitpoll.vote.domain.VoteFixtures.manager;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.bitpoll.poll.domain.ManagementKey;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.poll.domain.PollFlag;
import org.bitpoll.poll.domain.PollSettings;
import org.bitpoll.poll.domain.ResultVisibility;
import org.bitpoll.poll.domain.Sorting;
import org.bitpoll.vote.domain.VoteRepository.VoteRow;
import org.junit.jupiter.api.Test;

/**
 * The part of the results every viewer shares, built once: each viewer still gets their own rows and rights from it,
 * the same as from a tally of their own.
 */
class VoteMatrixTest {

    private static final List<VoteRow> ROWS = List.of(
            new VoteRow(1L, ALICE, "Alice Smith", false, "", NOW, null, null),
            new VoteRow(2L, null, "Guest", false, "a comment", NOW, null, ManagementKey.hash("t")),
            new VoteRow(3L, null, "Other", false, "", NOW, null, ManagementKey.hash("u")));

    private static VoteMatrix matrix(Poll poll) {
        VoteMatrix.Builder builder = new VoteMatrix.Builder(poll.activeChoices(), poll.getAnswerValues(), ROWS);
        builder.cell(1L, A, YES, null);
        builder.cell(1L, B, NO, "after two");
        builder.cell(2L, A, NO, null);
        return builder.build();
    }

    private static PollResults ownTally(Poll poll, Voter voter) {
        ResultsTally tally = new ResultsTally(poll, voter, ROWS);
        tally.cell(1L, A, YES, null);
        tally.cell(1L, B, NO, "after two");
        tally.cell(2L, A, NO, null);
        return tally.results();
    }

    private static List<String> seen(PollResults results) {
        return results.rows().stream()
                .map(row -> row.vote().id() + " own=" + row.own() + " change=" + row.changeable() + " hidden="
                        + row.nameHidden() + " cells=" + Arrays.toString(row.cells()))
                .toList();
    }

    @Test
    void viewersWithDifferentRightsGetTheirOwnResultsFromOneSharedMatrix() {
        Poll poll = aPoll().build();
        EnumSet<PollFlag> hidden = EnumSet.of(PollFlag.HIDE_PARTICIPANTS);
        poll.changeSettings(
                new PollSettings("Lunch", null, ResultVisibility.COMPLETE, BERLIN, "", Sorting.DATE, hidden));
        VoteMatrix shared = matrix(poll);

        for (Voter voter : List.of(alice(), guest(), manager())) {
            PollResults fromShared = new ResultsTally(poll, voter, shared, List.of()).results();
            PollResults own = ownTally(poll, voter);
            assertThat(seen(fromShared)).isEqualTo(seen(own));
            assertThat(fromShared.visibility()).isEqualTo(own.visibility());
            assertThat(fromShared.summary()).usingRecursiveComparison().isEqualTo(own.summary());
        }
        assertThat(seen(new ResultsTally(poll, alice(), shared, List.of()).results()))
                .isNotEqualTo(seen(new ResultsTally(poll, manager(), shared, List.of()).results()));
    }

    @Test
    void theMatrixHoldsCellsCommentsAndTheSummaryOverAllVotes() {
        Poll poll = aPoll().build();
        VoteMatrix matrix = matrix(poll);

        int yes = poll.getAnswerValues().indexOf(poll.answerValue(YES));
        assertThat(matrix.cells(0)).startsWith(yes);
        assertThat(matrix.comments(0)[1]).isEqualTo("after two");
        assertThat(matrix.comments(2)).isNull();
        assertThat(matrix.summary()).hasSize(poll.activeChoices().size());
        assertThat(matrix.hiddenOrder()).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(matrix.hiddenOrder()).isSameAs(matrix.hiddenOrder());
    }

    @Test
    void theWeightGrowsWithVotesAndComments() {
        Poll poll = aPoll().build();
        VoteMatrix small =
                new VoteMatrix.Builder(poll.activeChoices(), poll.getAnswerValues(), ROWS.subList(0, 1)).build();

        assertThat(matrix(poll).weightBytes()).isGreaterThan(small.weightBytes() * 2);
    }
}
