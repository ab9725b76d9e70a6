package org.bitpoll.vote.web;

import java.io.Serializable;
import java.util.List;
import org.bitpoll.poll.domain.HeaderMatrix;

/**
 * Everything the results table prints, formatted in the viewer's language and zone: the header, one row per
 * visible vote, an empty row per shown pending invitation, and the summary (null when hidden). Cells are indexes into {@link #values()}, -1 when unanswered.
 * {@link #rows()} formats a row only when it is read, so the rows whose markup is kept in memory
 * ({@link #cachedRows()}, null when none is kept) cost nothing; the model is never serialized with them.
 */
public record ResultsModel(
        HeaderMatrix header,
        List<Value> values,
        List<Row> rows,
        List<InvitationRow> invitations,
        List<SummaryCell> summary,
        Labels labels,
        GridRows cachedRows)
        implements Serializable {

    /** An answer value: its title, colour, icon and whether it is deleted. */
    public record Value(String title, String color, String icon, boolean deleted) implements Serializable {}

    /**
     * A vote row: the shown name, its tooltip, whether it is the viewer's, cells, cell comments, the addresses to
     * edit it and to assign it to an account (null when the viewer may not).
     */
    public record Row(
            String name,
            String tooltip,
            boolean mine,
            boolean anonymous,
            int[] cells,
            String[] comments,
            String editUrl,
            String assignUrl)
            implements Serializable {}

    /** A pending invitation: the invitee's name, and the vote form's address when the viewer is the invitee. */
    public record InvitationRow(String name, String voteUrl) implements Serializable {}

    /** A summary cell: the text, the percentage for the column filter, the counts tooltip, and best or not. */
    public record SummaryCell(String text, String percentage, String tooltip, boolean best) implements Serializable {}

    /** The translated words of the table. */
    public record Labels(
            String participant,
            String actions,
            String summary,
            String edit,
            String assign,
            String noVotes,
            String invited,
            String vote)
            implements Serializable {}
}
