package org.bitpoll.vote.domain;

import java.util.ArrayList;
import java.util.List;
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
    private final List<Pending> pending;
    private final List<Choice> options;
    private final List<AnswerValue> values;
    private VoteMatrix.Builder builder;
    private VoteMatrix matrix;

    /** Starts the tally of these vote rows (in display order) of {@code poll}, seen by {@code voter}. */
    public ResultsTally(Poll poll, Voter voter, List<VoteRow> voteRows) {
        this(poll, voter, voteRows, List.of());
    }

    /**
     * Starts the tally of these vote rows (in display order) and pending invitations (shown when the poll shows
     * invitations) of {@code poll}, seen by {@code voter}.
     */
    public ResultsTally(Poll poll, Voter voter, List<VoteRow> voteRows, List<Pending> pending) {
        this(poll, voter, (VoteMatrix) null, pending);
        builder = new VoteMatrix.Builder(options, values, voteRows);
    }

    /**
     * The tally of a poll's votes already collected into a matrix (built from the same poll as it is now), and its
     * pending invitations, seen by {@code voter}.
     */
    public ResultsTally(Poll poll, Voter voter, VoteMatrix matrix, List<Pending> pending) {
        this.poll = poll;
        this.voter = voter;
        this.matrix = matrix;
        this.pending = poll.isShowInvitations() ? pending : List.of();
        options = poll.activeChoices();
        values = poll.getAnswerValues();
    }

    /** One answered cell; cells of deleted options, unknown values or other votes are left out. */
    public void cell(long voteId, long choiceId, long valueId, String comment) {
        builder.cell(voteId, choiceId, valueId, comment);
    }

    /** The part of the results that is the same for every viewer, once every cell is in. */
    public VoteMatrix matrix() {
        if (matrix == null) {
            matrix = builder.build();
            builder = null;
        }
        return matrix;
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
        VoteMatrix all = matrix();
        List<VoteRow> voteRows = all.rows();
        boolean viewerVoted = false;
        boolean accountVoted = false;
        boolean[] own = new boolean[voteRows.size()];
        for (int i = 0; i < voteRows.size(); i++) {
            VoteRow row = voteRows.get(i);
            boolean ownAccount = voter.isLoggedIn() && voter.accountId().equals(row.accountId());
            boolean mine = ownAccount
                    || row.accountId() == null && VotingRules.holdsEditLink(row.id(), row.editKeyHash(), voter);
            viewerVoted |= mine;
            accountVoted |= ownAccount;
            own[i] = mine;
        }
        Visibility visibility = Visibility.of(poll.getShowResults(), voter.manager(), viewerVoted);
        List<Scores.Column> summary = visibility.summary() ? all.summary() : null;
        boolean namesHidden = poll.isHideParticipants() && !voter.manager();
        int[] order = namesHidden ? all.hiddenOrder() : null;
        List<PollResults.Row> shown = new ArrayList<>();
        for (int position = 0; position < voteRows.size(); position++) {
            int i = order == null ? position : order[position];
            VoteRow row = voteRows.get(i);
            boolean mine = own[i];
            if (visibility.rows() == Visibility.Rows.ALL || (visibility.rows() == Visibility.Rows.OWN && mine)) {
                shown.add(new PollResults.Row(
                        row,
                        all.cells(i),
                        all.comments(i),
                        mine,
                        VotingRules.mayChange(poll, row.id(), row.accountId(), row.editKeyHash(), voter),
                        VotingRules.mayAssign(poll, row.id(), row.accountId(), row.editKeyHash(), voter),
                        namesHidden && !mine));
            }
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
                all.deletedValuesUsed(),
                viewerVoted,
                voter.manager(),
                !VotingRules.usedTheirOneVote(poll, voter, accountVoted));
    }
}
