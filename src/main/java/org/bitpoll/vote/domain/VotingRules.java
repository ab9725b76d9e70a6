package org.bitpoll.vote.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import org.bitpoll.platform.error.ForbiddenException;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.poll.domain.ManagementKey;
import org.bitpoll.poll.domain.Poll;

/**
 * Who may vote, who may change or delete a vote, and who may assign a guest vote to an account (reference F8–F11
 * with product decisions 2–4).
 */
public final class VotingRules {

    private VotingRules() {}

    /**
     * Throws the first rule that forbids {@code voter} a new vote: a closed poll, one vote per user (the voter
     * has voted), login required, invitation required. Managers may vote like anyone else.
     */
    public static void checkMayVote(Poll poll, Voter voter, boolean hasVoted, boolean invited, Instant now) {
        if (!poll.isOpenForVoting(now)) {
            throw new RuleViolation(VoteRule.POLL_CLOSED);
        }
        if (usedTheirOneVote(poll, voter, hasVoted)) {
            throw new RuleViolation(VoteRule.ALREADY_VOTED);
        }
        if (poll.isRequireLogin() && !voter.isLoggedIn()) {
            throw new RuleViolation(VoteRule.LOGIN_REQUIRED);
        }
        if (poll.isRequireInvitation() && !invited) {
            throw new RuleViolation(VoteRule.INVITATION_REQUIRED);
        }
    }

    /** Whether one vote per user stops a new vote: it limits accounts that have voted, never guests. */
    public static boolean usedTheirOneVote(Poll poll, Voter voter, boolean hasVoted) {
        return poll.isOneVotePerUser() && voter.isLoggedIn() && hasVoted;
    }

    /**
     * Whether {@code voter} may change or delete {@code vote}: a poll manager; the account the vote belongs to;
     * for a guest vote, the holder of its edit link, or anyone while the poll allows unauthenticated vote
     * changes.
     */
    public static boolean mayChange(Poll poll, Vote vote, Voter voter) {
        return mayChange(poll, vote.getId(), vote.getAccountId(), vote.getEditKeyHash(), voter);
    }

    /** {@link #mayChange(Poll, Vote, Voter)} for a vote known by its id, account and edit key hash. */
    public static boolean mayChange(Poll poll, Long voteId, Long accountId, String editKeyHash, Voter voter) {
        if (voter.manager()) {
            return true;
        }
        if (accountId != null) {
            return accountId.equals(voter.accountId());
        }
        return poll.isAllowUnauthenticatedVoteChanges() || holdsEditKey(editKeyHash, voter.tokenFor(voteId));
    }

    /** Whether a changed vote is still allowed at {@code now}: its poll takes votes. */
    public static void checkMayChange(Poll poll, Vote vote, Voter voter, Instant now) {
        if (!mayChange(poll, vote, voter)) {
            throw new ForbiddenException(VoteRule.NOT_YOURS);
        }
        if (!poll.isOpenForVoting(now)) {
            throw new RuleViolation(VoteRule.POLL_CLOSED);
        }
    }

    /**
     * Whether {@code voter} may assign a vote to an account (F11): a logged-in visitor who may change it, while it
     * is a guest vote.
     */
    public static boolean mayAssign(Poll poll, Long voteId, Long accountId, String editKeyHash, Voter voter) {
        return voter.isLoggedIn() && accountId == null && mayChange(poll, voteId, accountId, editKeyHash, voter);
    }

    /**
     * Throws unless {@code voter} may assign {@code vote}: forbidden to a guest and to whoever may not change it;
     * a vote that already belongs to an account is refused with a message.
     */
    public static void checkMayAssign(Poll poll, Vote vote, Voter voter) {
        if (!voter.isLoggedIn() || !mayChange(poll, vote, voter)) {
            throw new ForbiddenException(VoteRule.NOT_YOURS);
        }
        if (vote.getAccountId() != null) {
            throw new RuleViolation(VoteRule.ALREADY_ASSIGNED);
        }
    }

    /** Whether this browser holds the edit link of the guest vote with this id and edit key hash. */
    public static boolean holdsEditLink(Long voteId, String editKeyHash, Voter voter) {
        return holdsEditKey(editKeyHash, voter.tokenFor(voteId));
    }

    private static boolean holdsEditKey(String editKeyHash, String token) {
        if (token == null || editKeyHash == null) {
            return false;
        }
        return MessageDigest.isEqual(
                ManagementKey.hash(token).getBytes(StandardCharsets.US_ASCII),
                editKeyHash.getBytes(StandardCharsets.US_ASCII));
    }
}
