package org.bitpoll.vote.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bitpoll.invitation.domain.InvitationRepository.Pending;
import org.bitpoll.poll.domain.AnswerValue;
import org.bitpoll.poll.domain.Choice;
import org.bitpoll.poll.domain.ManagementKey;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.vote.domain.VoteRepository.VoteRow;

/**
 * The results rules, for the poll page and the CSV alike: a poll's vote rows and their answered cells, as one
 * viewer may see them. Which rows are the viewer's own (their account's, or a guest vote whose edit link they
 * hold), which rows and whether the summary are visible ({@link Visibility}), who may change a row
 * ({@link VotingRules#mayChange}), whose names are hidden (with hidden participants, every name but the viewer's
 * own, unless they manage the poll, and then the rows in an order that reveals nobody: {@link #hiddenOrderKey}), and
 * whether one vote per user still lets them vote. Pending invitations show as empty rows where the poll shows
 * them: every one to a viewer who sees every row and every name, else only the viewer's own. Cells arrive one by one
 * ({@link #cell}, a {@link VoteRepository.CellConsumer}), so no object per cell is made.
 */
public final class ResultsTally {

    private final Poll poll;
    private final Voter voter;
    private final List<VoteRow> voteRows;
    private final List<Pending> pending;
    private final List<Choice> options;
    private final List<AnswerValue> values;
    private final Map<Long, Integer> optionIndex = new HashMap<>();
    private final Map<Long, Integer> valueIndex = new HashMap<>();
    private final BigDecimal[] weights;
    private final boolean[] deleted;
    private final Map<Long, int[]> cellsByVote;
    private final Map<Long, String[]> commentsByVote = new HashMap<>();
    private boolean deletedValuesUsed;

    /** Starts the tally of these vote rows (in display order) of {@code poll}, seen by {@code voter}. */
    public ResultsTally(Poll poll, Voter voter, List<VoteRow> voteRows) {
        this(poll, voter, voteRows, List.of());
    }

    /**
     * Starts the tally of these vote rows (in display order) and pending invitations (shown when the poll shows
     * invitations) of {@code poll}, seen by {@code voter}.
     */
    public ResultsTally(Poll poll, Voter voter, List<VoteRow> voteRows, List<Pending> pending) {
        this.poll = poll;
        this.voter = voter;
        this.voteRows = voteRows;
        this.pending = poll.isShowInvitations() ? pending : List.of();
        options = poll.activeChoices();
        values = poll.getAnswerValues();
        for (int i = 0; i < options.size(); i++) {
            optionIndex.put(options.get(i).getId(), i);
        }
        weights = new BigDecimal[values.size()];
        deleted = new boolean[values.size()];
        for (int i = 0; i < values.size(); i++) {
            valueIndex.put(values.get(i).getId(), i);
            weights[i] = values.get(i).getWeight();
            deleted[i] = values.get(i).isDeleted();
        }
        cellsByVote = new HashMap<>(voteRows.size() * 2);
        for (VoteRow row : voteRows) {
            int[] cells = new int[options.size()];
            Arrays.fill(cells, -1);
            cellsByVote.put(row.id(), cells);
        }
    }

    /** One answered cell; cells of deleted options, unknown values or other votes are left out. */
    public void cell(long voteId, long choiceId, long valueId, String comment) {
        Integer option = optionIndex.get(choiceId);
        Integer value = valueIndex.get(valueId);
        int[] cells = cellsByVote.get(voteId);
        if (option == null || value == null || cells == null) {
            return;
        }
        cells[option] = value;
        deletedValuesUsed |= deleted[value];
        if (comment != null) {
            commentsByVote.computeIfAbsent(voteId, id -> new String[options.size()])[option] = comment;
        }
    }

    /**
     * The order of rows whose participants are hidden: a digest of what only the server knows of a vote (its id,
     * its exact time of creation, its edit key), so the order shows neither the name nor the time of voting
     * (sorting by either would), and stays the same on every request.
     */
    static String hiddenOrderKey(VoteRow row) {
        return ManagementKey.hash(row.id() + "|" + row.created() + "|" + row.editKeyHash());
    }

    private boolean isViewer(Long accountId) {
        return voter.isLoggedIn() && voter.accountId().equals(accountId);
    }

    /** The results once every cell is in. */
    public PollResults results() {
        boolean viewerVoted = false;
        boolean accountVoted = false;
        List<Boolean> own = new ArrayList<>(voteRows.size());
        List<int[]> allCells = new ArrayList<>(voteRows.size());
        for (VoteRow row : voteRows) {
            boolean ownAccount = voter.isLoggedIn() && voter.accountId().equals(row.accountId());
            boolean mine = ownAccount
                    || row.accountId() == null && VotingRules.holdsEditLink(row.id(), row.editKeyHash(), voter);
            viewerVoted |= mine;
            accountVoted |= ownAccount;
            own.add(mine);
            allCells.add(cellsByVote.get(row.id()));
        }
        Visibility visibility = Visibility.of(poll.getShowResults(), voter.manager(), viewerVoted);
        List<Scores.Column> summary =
                visibility.summary() ? Scores.compute(allCells, weights, deleted, options.size()) : null;
        List<PollResults.Row> shown = new ArrayList<>();
        for (int i = 0; i < voteRows.size(); i++) {
            VoteRow row = voteRows.get(i);
            boolean mine = own.get(i);
            if (visibility.rows() == Visibility.Rows.ALL || (visibility.rows() == Visibility.Rows.OWN && mine)) {
                shown.add(new PollResults.Row(
                        row,
                        allCells.get(i),
                        commentsByVote.get(row.id()),
                        mine,
                        VotingRules.mayChange(poll, row.id(), row.accountId(), row.editKeyHash(), voter),
                        VotingRules.mayAssign(poll, row.id(), row.accountId(), row.editKeyHash(), voter),
                        poll.isHideParticipants() && !voter.manager() && !mine));
            }
        }
        if (poll.isHideParticipants() && !voter.manager()) {
            shown.sort(Comparator.comparing(row -> hiddenOrderKey(row.vote())));
        }
        boolean everyName = visibility.rows() == Visibility.Rows.ALL && (!poll.isHideParticipants() || voter.manager());
        List<PollResults.InvitationRow> invitations = pending.stream()
                .filter(invitation -> everyName || isViewer(invitation.accountId()))
                .map(invitation -> new PollResults.InvitationRow(invitation.name(), isViewer(invitation.accountId())))
                .toList();
        return new PollResults(
                poll,
                options,
                values,
                visibility,
                shown,
                invitations,
                summary,
                voteRows.size(),
                deletedValuesUsed,
                viewerVoted,
                voter.manager(),
                !VotingRules.usedTheirOneVote(poll, voter, accountVoted));
    }
}
