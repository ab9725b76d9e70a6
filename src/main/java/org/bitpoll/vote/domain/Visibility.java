package org.bitpoll.vote.domain;

import java.util.List;
import org.bitpoll.poll.domain.ResultVisibility;

/**
 * What a viewer sees of a poll's results (reference F4 with its defects fixed): which vote rows, whether the
 * summary, and which notices explain it. Managers see everything. "Voted" means a vote linked to the viewer's
 * account, anonymous or not (product decision 4), or a guest vote whose edit link this browser holds.
 */
public record Visibility(Rows rows, boolean summary, List<String> notices) {

    /** Which vote rows are shown. */
    public enum Rows {
        ALL,
        OWN,
        NONE
    }

    /**
     * Whether votes of others may exist that this viewer does not see: then an empty table says that votes are
     * hidden, never that there are none.
     */
    public boolean othersHidden() {
        return rows != Rows.ALL;
    }

    public static Visibility of(ResultVisibility mode, boolean manager, boolean hasVoted) {
        if (manager) {
            return new Visibility(
                    Rows.ALL, true, mode == ResultVisibility.COMPLETE ? List.of() : List.of("results.notice.manager"));
        }
        return switch (mode) {
            case COMPLETE -> new Visibility(Rows.ALL, true, List.of());
            case SUMMARY -> new Visibility(Rows.OWN, true, List.of("results.notice.noIndividual"));
            case NEVER ->
                new Visibility(Rows.OWN, false, List.of("results.notice.noIndividual", "results.notice.noSummary"));
            case SUMMARY_AFTER_VOTE ->
                hasVoted
                        ? new Visibility(Rows.OWN, true, List.of("results.notice.summaryOnly"))
                        : new Visibility(
                                Rows.OWN, false, List.of("results.notice.afterVote", "results.notice.noSummary"));
            case COMPLETE_AFTER_VOTE ->
                hasVoted
                        ? new Visibility(Rows.ALL, true, List.of())
                        : new Visibility(
                                Rows.OWN, false, List.of("results.notice.afterVote", "results.notice.noSummary"));
        };
    }
}
