package org.bitpoll.vote.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.bitpoll.account.application.AccountLookup;
import org.bitpoll.account.domain.Account;
import org.bitpoll.account.domain.UserSuggestion;
import org.bitpoll.group.domain.GroupRepository;
import org.bitpoll.invitation.domain.InvitationRepository;
import org.bitpoll.platform.error.NotFoundException;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.security.Visitor;
import org.bitpoll.poll.domain.ManagementKey;
import org.bitpoll.poll.domain.Manager;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.poll.domain.PollRepository;
import org.bitpoll.poll.domain.Sorting;
import org.bitpoll.vote.domain.Ballot;
import org.bitpoll.vote.domain.PollResults;
import org.bitpoll.vote.domain.ResultsTally;
import org.bitpoll.vote.domain.Vote;
import org.bitpoll.vote.domain.VoteCast;
import org.bitpoll.vote.domain.VoteMatrix;
import org.bitpoll.vote.domain.VoteRepository;
import org.bitpoll.vote.domain.VoteRule;
import org.bitpoll.vote.domain.Voter;
import org.bitpoll.vote.domain.VotingRules;

/**
 * Casting, changing, deleting and assigning votes, and reading the results. Every vote is looked up inside the
 * poll of the address (another poll's vote is not found) and every change checks the voting rules in its
 * transaction. The visitor votes as a {@link Voter}, who manages the poll or not (their groups are read only for
 * a poll a group owns). A logged-in voter's vote fulfils their invitation to the poll (an account's vote assigned
 * to them, too); on a poll that requires an invitation only invited accounts vote.
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

    @Inject
    private GroupRepository groups;

    @Inject
    private AccountLookup accounts;

    @Inject
    private InvitationRepository invitations;

    @Inject
    private Clock clock;

    @Inject
    private ResultsCache cache;

    /** Told of each new vote in its transaction (watching mails its watchers). */
    @Inject
    private Event<VoteCast> voteCast;

    private Poll poll(String slug) {
        return polls.findBySlug(slug).orElseThrow(NotFoundException::new);
    }

    private Voter voterOn(Poll poll, Visitor visitor) {
        Manager manager = poll.getOwnerGroupId() == null || !visitor.isLoggedIn()
                ? Manager.of(visitor)
                : Manager.of(visitor, groups.groupIdsOf(visitor.accountId()));
        return Voter.of(visitor, poll.canBeManagedBy(manager));
    }

    /** A poll by its URL name, for the header of its vote pages (shown also when voting is refused). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Poll getPoll(String slug) {
        return poll(slug);
    }

    /** The poll to vote on, if the visitor may vote now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Poll getPollToVote(String slug, Visitor visitor) {
        Poll poll = poll(slug);
        Voter voter = voterOn(poll, visitor);
        boolean invited = poll.isRequireInvitation()
                && voter.isLoggedIn()
                && invitations.isInvited(poll.getId(), voter.accountId());
        VotingRules.checkMayVote(
                poll, voter, votes.hasVoted(poll.getId(), voter.accountId()), invited, clock.instant());
        return poll;
    }

    public Cast castVote(String slug, Visitor visitor, Ballot ballot) {
        Poll poll = getPollToVote(slug, visitor);
        Voter voter = voterOn(poll, visitor);
        String token = voter.isLoggedIn() ? null : ManagementKey.newToken();
        Vote vote = Vote.cast(poll, voter, ballot, token == null ? null : ManagementKey.hash(token), clock.instant());
        votes.add(vote);
        if (voter.isLoggedIn()) {
            invitations.fulfil(poll.getId(), voter.accountId(), vote.getId());
        }
        voteCast.fire(VoteCast.of(poll, vote));
        // last: the poll's row stays locked from here until the commit, so concurrent voters wait only briefly
        polls.touchResults(poll.getId());
        return new Cast(vote.getId(), token);
    }

    /** The vote to change, if the visitor may change it now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public VoteToChange getVoteToChange(String slug, Long voteId, Visitor visitor) {
        Poll poll = poll(slug);
        Vote vote = votes.findInPoll(poll.getId(), voteId).orElseThrow(NotFoundException::new);
        VotingRules.checkMayChange(poll, vote, voterOn(poll, visitor), clock.instant());
        return new VoteToChange(poll, vote);
    }

    public void changeVote(String slug, Long voteId, Visitor visitor, Ballot ballot) {
        VoteToChange toChange = getVoteToChange(slug, voteId, visitor);
        toChange.vote().change(toChange.poll(), ballot, clock.instant());
        polls.touchResults(toChange.poll().getId());
    }

    public void deleteVote(String slug, Long voteId, Visitor visitor) {
        VoteToChange toDelete = getVoteToChange(slug, voteId, visitor);
        votes.remove(toDelete.vote());
        polls.touchResults(toDelete.poll().getId());
    }

    /** The guest vote to assign to an account, if the logged-in visitor may change it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public VoteToChange getVoteToAssign(String slug, Long voteId, Visitor visitor) {
        Poll poll = poll(slug);
        Vote vote = votes.findInPoll(poll.getId(), voteId).orElseThrow(NotFoundException::new);
        VotingRules.checkMayAssign(poll, vote, voterOn(poll, visitor));
        return new VoteToChange(poll, vote);
    }

    /**
     * Assigns a guest vote to the active account with this user name (F11): the vote takes the account's name and
     * records who assigned it; from now on the account changes it.
     */
    public void assignVote(String slug, Long voteId, Visitor visitor, String username) {
        VoteToChange toAssign = getVoteToAssign(slug, voteId, visitor);
        String typed = username == null ? "" : username.strip();
        Account target =
                accounts.findActive(typed).orElseThrow(() -> new RuleViolation(VoteRule.ASSIGNEE_UNKNOWN, typed));
        Poll poll = toAssign.poll();
        toAssign.vote()
                .assignTo(
                        poll,
                        target.getId(),
                        target.displayName(),
                        votes.hasVoted(poll.getId(), target.getId()),
                        visitor.accountId());
        invitations.fulfil(poll.getId(), target.getId(), voteId);
        polls.touchResults(poll.getId());
    }

    /** The accounts matching a typed text, for the assignment's autocomplete (logged-in visitors only). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<UserSuggestion> suggestAccounts(String typed, Visitor visitor) {
        return accounts.suggest(typed, visitor);
    }

    /** The poll (by URL name) and the id of the guest vote an edit token belongs to. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<VoteRepository.EditTarget> findEditTarget(String token) {
        return votes.findEditTarget(ManagementKey.hash(token));
    }

    /** The results of a poll as the visitor may see them, for the CSV: five statements, whatever its size. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PollResults results(String slug, Visitor visitor) {
        return results(slug, visitor, false);
    }

    /**
     * The results of a poll for its page, with its pending invitations where the poll shows them: one statement
     * more.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PollResults resultsWithInvitations(String slug, Visitor visitor) {
        return results(slug, visitor, true);
    }

    private PollResults results(String slug, Visitor visitor, boolean withInvitations) {
        Poll poll = poll(slug);
        VoteMatrix matrix = cache.get(new MatrixKey(poll.getId(), poll.getResultsVersion()), key -> readMatrix(poll))
                .matrix();
        ResultsTally tally = new ResultsTally(
                poll,
                voterOn(poll, visitor),
                matrix,
                withInvitations && poll.isShowInvitations() ? invitations.pendingOf(poll.getId()) : List.of());
        PollResults results = tally.results();
        boolean uninvited = poll.isRequireInvitation()
                && (!visitor.isLoggedIn() || !invitations.isInvited(poll.getId(), visitor.accountId()));
        return results.newVoteAllowed() && uninvited ? results.withoutNewVote() : results;
    }

    /** The votes and cells of a poll as they are now: two statements, whatever its size. */
    private Cached readMatrix(Poll poll) {
        VoteMatrix.Builder builder = new VoteMatrix.Builder(
                poll.activeChoices(),
                poll.getAnswerValues(),
                votes.votes(poll.getId(), poll.getSorting() == Sorting.NAME));
        votes.forEachCell(poll.getId(), builder::cell);
        return new Cached(builder.build());
    }

    /** The key of a poll's vote matrix in the results cache. */
    record MatrixKey(long pollId, long version) implements ResultsCache.Part {
        @Override
        public String part() {
            return "matrix";
        }
    }

    /** A vote matrix in the results cache. */
    record Cached(VoteMatrix matrix) implements VersionedCache.Weighted {
        @Override
        public long weightBytes() {
            return matrix.weightBytes();
        }
    }
}
