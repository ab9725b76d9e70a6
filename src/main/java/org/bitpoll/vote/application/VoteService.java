package org.bitpoll.vote.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.bitpoll.platform.error.NotFoundException;
import org.bitpoll.poll.domain.AnswerValue;
import org.bitpoll.poll.domain.Choice;
import org.bitpoll.poll.domain.ManagementKey;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.poll.domain.PollRepository;
import org.bitpoll.vote.domain.Ballot;
import org.bitpoll.vote.domain.Scores;
import org.bitpoll.vote.domain.Visibility;
import org.bitpoll.vote.domain.Vote;
import org.bitpoll.vote.domain.VoteRepository;
import org.bitpoll.vote.domain.VoteRepository.VoteRow;
import org.bitpoll.vote.domain.Voter;
import org.bitpoll.vote.domain.VotingRules;

/**
 * Casting, changing and deleting votes, and reading the results. Every vote is looked up inside the poll of the
 * address (another poll's vote is not found) and every change checks the voting rules in its transaction.
 * {@code voterFor} turns the poll into the visitor as a {@link Voter} (whether they manage it depends on the poll).
 */
@Stateless
public class VoteService {

    /** A vote the visitor may change, with its poll. */
    public record VoteToChange(Poll poll, Vote vote) {}

    /** A cast vote, and the edit token to show once when a guest cast it. */
    public record Cast(Long voteId, String editToken) {}

    @Inject
    private PollRepository polls;

    @Inject
    private VoteRepository votes;

    private final Clock clock = Clock.systemUTC();

    private Poll poll(String slug) {
        return polls.findBySlug(slug).orElseThrow(NotFoundException::new);
    }

    /** A poll by its URL name, for the header of its vote pages (shown also when voting is refused). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Poll getPoll(String slug) {
        return poll(slug);
    }

    /** The poll to vote on, if {@code voterFor}'s visitor may vote now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Poll getPollToVote(String slug, Function<Poll, Voter> voterFor) {
        Poll poll = poll(slug);
        Voter voter = voterFor.apply(poll);
        VotingRules.checkMayVote(poll, voter, votes.hasVoted(poll.getId(), voter.accountId()), false, clock.instant());
        return poll;
    }

    public Cast castVote(String slug, Function<Poll, Voter> voterFor, Ballot ballot) {
        Poll poll = getPollToVote(slug, voterFor);
        Voter voter = voterFor.apply(poll);
        String token = voter.isLoggedIn() ? null : ManagementKey.newToken();
        Vote vote = Vote.cast(poll, voter, ballot, token == null ? null : ManagementKey.hash(token), clock.instant());
        votes.add(vote);
        return new Cast(vote.getId(), token);
    }

    /** The vote to change, if the visitor may change it now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public VoteToChange getVoteToChange(String slug, Long voteId, Function<Poll, Voter> voterFor) {
        Poll poll = poll(slug);
        Vote vote = votes.findInPoll(poll.getId(), voteId).orElseThrow(NotFoundException::new);
        VotingRules.checkMayChange(poll, vote, voterFor.apply(poll), clock.instant());
        return new VoteToChange(poll, vote);
    }

    public void changeVote(String slug, Long voteId, Function<Poll, Voter> voterFor, Ballot ballot) {
        VoteToChange toChange = getVoteToChange(slug, voteId, voterFor);
        toChange.vote().change(toChange.poll(), ballot, clock.instant());
    }

    public void deleteVote(String slug, Long voteId, Function<Poll, Voter> voterFor) {
        votes.remove(getVoteToChange(slug, voteId, voterFor).vote());
    }

    /** The poll (by URL name) and the id of the guest vote an edit token belongs to. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<VoteRepository.EditTarget> findEditTarget(String token) {
        return votes.findEditTarget(ManagementKey.hash(token));
    }

    /** The results of a poll as the visitor may see them: five statements, whatever the size of the poll. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PollResults results(String slug, Function<Poll, Voter> voterFor) {
        Poll poll = poll(slug);
        Voter voter = voterFor.apply(poll);
        List<Choice> options = poll.activeChoices();
        List<AnswerValue> values = poll.getAnswerValues();
        Map<Long, Integer> optionIndex = new HashMap<>();
        for (int i = 0; i < options.size(); i++) {
            optionIndex.put(options.get(i).getId(), i);
        }
        Map<Long, Integer> valueIndex = new HashMap<>();
        java.math.BigDecimal[] weights = new java.math.BigDecimal[values.size()];
        boolean[] deleted = new boolean[values.size()];
        for (int i = 0; i < values.size(); i++) {
            valueIndex.put(values.get(i).getId(), i);
            weights[i] = values.get(i).getWeight();
            deleted[i] = values.get(i).isDeleted();
        }

        List<VoteRow> voteRows = votes.votes(poll.getId(), poll.getSorting() == 1);
        Map<Long, int[]> cellsByVote = new HashMap<>(voteRows.size() * 2);
        Map<Long, String[]> commentsByVote = new HashMap<>();
        for (VoteRow row : voteRows) {
            int[] cells = new int[options.size()];
            java.util.Arrays.fill(cells, -1);
            cellsByVote.put(row.id(), cells);
        }
        boolean[] deletedValuesUsed = {false};
        votes.forEachCell(poll.getId(), (voteId, choiceId, valueId, comment) -> {
            Integer option = optionIndex.get(choiceId);
            Integer value = valueIndex.get(valueId);
            int[] cells = cellsByVote.get(voteId);
            if (option == null || value == null || cells == null) {
                return;
            }
            cells[option] = value;
            deletedValuesUsed[0] |= deleted[value];
            if (comment != null) {
                commentsByVote.computeIfAbsent(voteId, id -> new String[options.size()])[option] = comment;
            }
        });

        boolean viewerVoted = false;
        boolean accountVoted = false;
        List<PollResults.Row> all = new ArrayList<>(voteRows.size());
        for (VoteRow row : voteRows) {
            boolean own = voter.isLoggedIn() && voter.accountId().equals(row.accountId())
                    || row.accountId() == null && VotingRules.holdsEditLink(row.id(), row.editKeyHash(), voter);
            viewerVoted |= own;
            accountVoted |= voter.isLoggedIn() && voter.accountId().equals(row.accountId());
            all.add(new PollResults.Row(row, cellsByVote.get(row.id()), commentsByVote.get(row.id()), own, false));
        }
        Visibility visibility = Visibility.of(poll.getShowResults(), voter.manager(), viewerVoted);
        List<Scores.Column> summary = visibility.summary()
                ? Scores.compute(all.stream().map(PollResults.Row::cells).toList(), weights, deleted, options.size())
                : null;
        List<PollResults.Row> shown = new ArrayList<>();
        for (PollResults.Row row : all) {
            if (visibility.rows() == Visibility.Rows.ALL || (visibility.rows() == Visibility.Rows.OWN && row.own())) {
                shown.add(new PollResults.Row(
                        row.vote(),
                        row.cells(),
                        row.comments(),
                        row.own(),
                        VotingRules.mayChange(
                                poll,
                                row.vote().id(),
                                row.vote().accountId(),
                                row.vote().editKeyHash(),
                                voter)));
            }
        }
        return new PollResults(
                poll,
                options,
                values,
                visibility,
                shown,
                summary,
                voteRows.size(),
                deletedValuesUsed[0],
                viewerVoted,
                voter.manager(),
                !VotingRules.usedTheirOneVote(poll, voter, accountVoted));
    }
}
