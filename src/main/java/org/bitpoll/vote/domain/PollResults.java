package org.bitpoll.vote.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bitpoll.poll.domain.AnswerValue;
import org.bitpoll.poll.domain.Choice;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.vote.domain.VoteRepository.VoteRow;

/**
 * A poll's results as one viewer may see them ({@link ResultsTally}): the active options and all answer values in display order, the
 * visible rows, the pending invitations shown as empty rows, and the summary (null when hidden). Cells are indexes into {@link #values()}, -1 when unanswered.
 * {@link #newVoteAllowed()} is false when one vote per user stops the viewer from casting another.
 */
public record PollResults(
        Poll poll,
        List<Choice> options,
        List<AnswerValue> values,
        Visibility visibility,
        List<Row> rows,
        List<InvitationRow> invitations,
        List<Scores.Column> summary,
        int voteCount,
        boolean deletedValuesUsed,
        boolean viewerVoted,
        boolean manager,
        boolean newVoteAllowed) {

    /**
     * The vote "change your vote" leads to: the latest the viewer cast (by creation, then id) among their own rows
     * they may change; empty when they have none.
     */
    public Optional<Row> latestOwnVote() {
        return rows.stream()
                .filter(Row::own)
                .filter(Row::changeable)
                .max(Comparator.comparing((Row row) -> row.vote().created())
                        .thenComparing(row -> row.vote().id()));
    }

    /** The same results for a viewer who may not cast a vote, such as one not invited to an invitation-only poll. */
    public PollResults withoutNewVote() {
        return new PollResults(
                poll,
                options,
                values,
                visibility,
                rows,
                invitations,
                summary,
                voteCount,
                deletedValuesUsed,
                viewerVoted,
                manager,
                false);
    }

    /** A pending invitation shown as an empty row: the invitee's name, and whether the viewer is the invitee. */
    public record InvitationRow(String name, boolean own) {}

    /**
     * A visible vote: its data, its cells and their comments (null when none), whether it is the viewer's, whether
     * the viewer may change it, whether they may assign it to an account, and whether its name is hidden from the
     * viewer.
     */
    public record Row(
            VoteRow vote,
            int[] cells,
            String[] comments,
            boolean own,
            boolean changeable,
            boolean assignable,
            boolean nameHidden) {}
}
