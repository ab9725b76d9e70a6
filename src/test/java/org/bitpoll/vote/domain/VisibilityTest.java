package org.bitpoll.vote.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.bitpoll.poll.domain.ResultVisibility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a viewer sees of the results (F4 with its defects fixed). {@link Visibility#of} only knows whether the
 * viewer manages the poll and has voted; logged-in users and guests differ only in what counts as "voted" (a vote
 * linked to the account, anonymous or not; or a guest vote whose edit link the browser holds), which is decided by
 * the caller. Both are listed so the table documents the whole matrix.
 */
class VisibilityTest {

    enum Viewer {
        MANAGER,
        LOGGED_IN,
        GUEST
    }

    @ParameterizedTest(name = "{0} / {1} / voted={2} -> {3}, summary={4}, notices={5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # mode              | viewer    | voted | rows | summary | notices (; separated, - for none)
            COMPLETE            | MANAGER   | false | ALL  | true    | -
            COMPLETE            | MANAGER   | true  | ALL  | true    | -
            COMPLETE            | LOGGED_IN | false | ALL  | true    | -
            COMPLETE            | LOGGED_IN | true  | ALL  | true    | -
            COMPLETE            | GUEST     | false | ALL  | true    | -
            COMPLETE            | GUEST     | true  | ALL  | true    | -
            SUMMARY             | MANAGER   | false | ALL  | true    | results.notice.manager
            SUMMARY             | MANAGER   | true  | ALL  | true    | results.notice.manager
            SUMMARY             | LOGGED_IN | false | OWN  | true    | results.notice.noIndividual
            SUMMARY             | LOGGED_IN | true  | OWN  | true    | results.notice.noIndividual
            SUMMARY             | GUEST     | false | OWN  | true    | results.notice.noIndividual
            SUMMARY             | GUEST     | true  | OWN  | true    | results.notice.noIndividual
            NEVER               | MANAGER   | false | ALL  | true    | results.notice.manager
            NEVER               | MANAGER   | true  | ALL  | true    | results.notice.manager
            NEVER               | LOGGED_IN | false | OWN  | false   | results.notice.noIndividual;results.notice.noSummary
            NEVER               | LOGGED_IN | true  | OWN  | false   | results.notice.noIndividual;results.notice.noSummary
            NEVER               | GUEST     | false | OWN  | false   | results.notice.noIndividual;results.notice.noSummary
            NEVER               | GUEST     | true  | OWN  | false   | results.notice.noIndividual;results.notice.noSummary
            SUMMARY_AFTER_VOTE  | MANAGER   | false | ALL  | true    | results.notice.manager
            SUMMARY_AFTER_VOTE  | MANAGER   | true  | ALL  | true    | results.notice.manager
            SUMMARY_AFTER_VOTE  | LOGGED_IN | false | OWN  | false   | results.notice.afterVote;results.notice.noSummary
            SUMMARY_AFTER_VOTE  | LOGGED_IN | true  | OWN  | true    | results.notice.summaryOnly
            SUMMARY_AFTER_VOTE  | GUEST     | false | OWN  | false   | results.notice.afterVote;results.notice.noSummary
            SUMMARY_AFTER_VOTE  | GUEST     | true  | OWN  | true    | results.notice.summaryOnly
            COMPLETE_AFTER_VOTE | MANAGER   | false | ALL  | true    | results.notice.manager
            COMPLETE_AFTER_VOTE | MANAGER   | true  | ALL  | true    | results.notice.manager
            COMPLETE_AFTER_VOTE | LOGGED_IN | false | OWN  | false   | results.notice.afterVote;results.notice.noSummary
            COMPLETE_AFTER_VOTE | LOGGED_IN | true  | ALL  | true    | -
            COMPLETE_AFTER_VOTE | GUEST     | false | OWN  | false   | results.notice.afterVote;results.notice.noSummary
            COMPLETE_AFTER_VOTE | GUEST     | true  | ALL  | true    | -
            """)
    void visibilityByModeViewerAndVote(
            ResultVisibility mode,
            Viewer viewer,
            boolean voted,
            Visibility.Rows rows,
            boolean summary,
            String notices) {
        List<String> expectedNotices = notices == null ? List.of() : Arrays.asList(notices.split(";"));

        Visibility visibility = Visibility.of(mode, viewer == Viewer.MANAGER, voted);

        assertThat(visibility.rows()).isEqualTo(rows);
        assertThat(visibility.summary()).isEqualTo(summary);
        assertThat(visibility.notices()).containsExactlyElementsOf(expectedNotices);
        assertThat(visibility.othersHidden())
                .as("an empty table says votes are hidden")
                .isEqualTo(rows != Visibility.Rows.ALL);
    }

    @ParameterizedTest
    @CsvSource({
        "SUMMARY, true",
        "NEVER, true",
        "SUMMARY_AFTER_VOTE, true",
        "COMPLETE_AFTER_VOTE, true",
        "COMPLETE, false"
    })
    void aVisitorWhoHasNotVotedIsToldWhetherVotesAreHidden(ResultVisibility mode, boolean hidden) {
        assertThat(Visibility.of(mode, false, false).othersHidden()).isEqualTo(hidden);
        assertThat(Visibility.of(mode, true, false).othersHidden()).isFalse();
    }
}
