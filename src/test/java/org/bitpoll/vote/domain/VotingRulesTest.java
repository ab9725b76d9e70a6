package org.bitpoll.vote.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bitpoll.platform.error.RuleViolations.violating;
import static org.bitpoll.vote.domain.VoteFixtures.ALICE;
import static org.bitpoll.vote.domain.VoteFixtures.NOW;
import static org.bitpoll.vote.domain.VoteFixtures.aPoll;
import static org.bitpoll.vote.domain.VoteFixtures.alice;
import static org.bitpoll.vote.domain.VoteFixtures.ballot;
import static org.bitpoll.vote.domain.VoteFixtures.bob;
import static org.bitpoll.vote.domain.VoteFixtures.guest;
import static org.bitpoll.vote.domain.VoteFixtures.guestHolding;
import static org.bitpoll.vote.domain.VoteFixtures.manager;
import static org.bitpoll.vote.domain.VoteFixtures.stored;

import java.time.Duration;
import java.util.Map;
import org.bitpoll.platform.error.BusinessException;
import org.bitpoll.platform.error.ForbiddenException;
import org.bitpoll.poll.domain.ManagementKey;
import org.bitpoll.poll.domain.Poll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Who may vote (F8) and who may change or delete a vote (F9, F10 with product decisions 2 and 4). */
class VotingRulesTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Nested
    class MayVote {

        @Test
        void oneVotePerUserUsesUpTheVoteOfAnAccountButNeverOfAGuest() {
            Poll limited = aPoll().oneVotePerUser().build();
            Poll unlimited = aPoll().build();

            assertThat(VotingRules.usedTheirOneVote(limited, alice(), true)).isTrue();
            assertThat(VotingRules.usedTheirOneVote(limited, alice(), false)).isFalse();
            assertThat(VotingRules.usedTheirOneVote(limited, guest(), true)).isFalse();
            assertThat(VotingRules.usedTheirOneVote(unlimited, alice(), true)).isFalse();
        }

        @Test
        void anOpenPollWithoutRestrictionsTakesEveryone() {
            Poll poll = aPoll().build();

            assertThatCode(() -> VotingRules.checkMayVote(poll, guest(), false, false, NOW))
                    .doesNotThrowAnyException();
            assertThatCode(() -> VotingRules.checkMayVote(poll, alice(), true, false, NOW))
                    .doesNotThrowAnyException();
        }

        @Test
        void aPollPastItsDueDateIsClosed() {
            Poll poll = aPoll().dueDate(NOW.minus(HOUR)).build();

            assertThatThrownBy(() -> VotingRules.checkMayVote(poll, alice(), false, true, NOW))
                    .is(violating(VoteRule.POLL_CLOSED))
                    .extracting(e -> ((BusinessException) e).messageKey())
                    .isEqualTo("error.vote.closed");
        }

        @Test
        void aDueDateOfExactlyNowHasPassed() {
            Poll poll = aPoll().dueDate(NOW).build();

            assertThatThrownBy(() -> VotingRules.checkMayVote(poll, guest(), false, false, NOW))
                    .is(violating(VoteRule.POLL_CLOSED));
        }

        @Test
        void aDueDateAheadStillTakesVotes() {
            Poll poll = aPoll().dueDate(NOW.plus(HOUR)).build();

            assertThatCode(() -> VotingRules.checkMayVote(poll, guest(), false, false, NOW))
                    .doesNotThrowAnyException();
        }

        @Test
        void aPollClosedByAManagerTakesNoVotesEvenFromManagers() {
            Poll poll = aPoll().build();
            poll.close();

            assertThatThrownBy(() -> VotingRules.checkMayVote(poll, manager(), false, true, NOW))
                    .is(violating(VoteRule.POLL_CLOSED));
        }

        @Test
        void aClosedPollIsReportedBeforeEveryOtherRule() {
            Poll poll = aPoll().dueDate(NOW.minus(HOUR))
                    .oneVotePerUser()
                    .requireLogin()
                    .requireInvitation()
                    .build();

            assertThatThrownBy(() -> VotingRules.checkMayVote(poll, alice(), true, false, NOW))
                    .is(violating(VoteRule.POLL_CLOSED));
            assertThatThrownBy(() -> VotingRules.checkMayVote(poll, guest(), false, false, NOW))
                    .is(violating(VoteRule.POLL_CLOSED));
        }

        @Test
        void oneVotePerUserRefusesALoggedInUserWhoHasVoted() {
            Poll poll = aPoll().oneVotePerUser().build();

            assertThatThrownBy(() -> VotingRules.checkMayVote(poll, alice(), true, false, NOW))
                    .is(violating(VoteRule.ALREADY_VOTED));
            assertThatCode(() -> VotingRules.checkMayVote(poll, alice(), false, false, NOW))
                    .doesNotThrowAnyException();
        }

        @Test
        void oneVotePerUserDoesNotLimitGuests() {
            Poll poll = aPoll().oneVotePerUser().build();

            assertThatCode(() -> VotingRules.checkMayVote(poll, guest(), true, false, NOW))
                    .doesNotThrowAnyException();
        }

        @Test
        void withoutOneVotePerUserAUserMayVoteAgain() {
            Poll poll = aPoll().build();

            assertThatCode(() -> VotingRules.checkMayVote(poll, alice(), true, false, NOW))
                    .doesNotThrowAnyException();
        }

        @Test
        void alreadyVotedIsReportedBeforeAMissingInvitation() {
            Poll poll = aPoll().oneVotePerUser().requireInvitation().build();

            assertThatThrownBy(() -> VotingRules.checkMayVote(poll, alice(), true, false, NOW))
                    .is(violating(VoteRule.ALREADY_VOTED));
        }

        @Test
        void requireLoginRefusesGuests() {
            Poll poll = aPoll().requireLogin().build();

            assertThatThrownBy(() -> VotingRules.checkMayVote(poll, guest(), false, false, NOW))
                    .is(violating(VoteRule.LOGIN_REQUIRED));
            assertThatCode(() -> VotingRules.checkMayVote(poll, alice(), false, false, NOW))
                    .doesNotThrowAnyException();
        }

        @Test
        void aMissingLoginIsReportedBeforeAMissingInvitation() {
            Poll poll = aPoll().requireLogin().requireInvitation().build();

            assertThatThrownBy(() -> VotingRules.checkMayVote(poll, guest(), false, false, NOW))
                    .is(violating(VoteRule.LOGIN_REQUIRED));
        }

        @Test
        void requireInvitationRefusesTheUninvited() {
            Poll poll = aPoll().requireInvitation().build();

            assertThatThrownBy(() -> VotingRules.checkMayVote(poll, alice(), false, false, NOW))
                    .is(violating(VoteRule.INVITATION_REQUIRED));
            assertThatThrownBy(() -> VotingRules.checkMayVote(poll, guest(), false, false, NOW))
                    .is(violating(VoteRule.INVITATION_REQUIRED));
            assertThatCode(() -> VotingRules.checkMayVote(poll, alice(), false, true, NOW))
                    .doesNotThrowAnyException();
        }

        @Test
        void managersVoteLikeAnyoneElse() {
            Poll poll = aPoll().requireInvitation().build();

            assertThatThrownBy(() -> VotingRules.checkMayVote(poll, manager(), false, false, NOW))
                    .is(violating(VoteRule.INVITATION_REQUIRED));
        }
    }

    @Nested
    class MayChange {

        private static final long VOTE_ID = 500L;
        private static final long OTHER_VOTE_ID = 501L;

        private final String token = ManagementKey.newToken();

        private Vote guestVote(Poll poll) {
            return stored(Vote.cast(poll, guest(), ballot("Carol", false), ManagementKey.hash(token), NOW), VOTE_ID);
        }

        private Vote aliceVote(Poll poll) {
            return stored(Vote.cast(poll, alice(), ballot("", false), null, NOW), VOTE_ID);
        }

        @Test
        void aManagerMayChangeEveryVote() {
            Poll poll = aPoll().build();

            assertThat(VotingRules.mayChange(poll, aliceVote(poll), manager())).isTrue();
            assertThat(VotingRules.mayChange(poll, guestVote(poll), manager())).isTrue();
        }

        @Test
        void theVotesOwnAccountMayChangeIt() {
            Poll poll = aPoll().build();

            assertThat(VotingRules.mayChange(poll, aliceVote(poll), alice())).isTrue();
        }

        @Test
        void anotherAccountMayNotChangeIt() {
            Poll poll = aPoll().build();

            assertThat(VotingRules.mayChange(poll, aliceVote(poll), bob())).isFalse();
            assertThat(VotingRules.mayChange(poll, aliceVote(poll), guest())).isFalse();
        }

        @Test
        void anAccountVoteStaysLockedWhileUnauthenticatedChangesAreAllowed() {
            Poll poll = aPoll().allowUnauthenticatedVoteChanges().build();

            assertThat(VotingRules.mayChange(poll, aliceVote(poll), bob())).isFalse();
            assertThat(VotingRules.mayChange(poll, aliceVote(poll), guest())).isFalse();
        }

        @Test
        void anAnonymousVoteOfALoggedInUserStaysTheirs() {
            Poll poll = aPoll().anonymousAllowed().build();
            Vote vote = stored(Vote.cast(poll, alice(), ballot("", true), null, NOW), VOTE_ID);

            assertThat(VotingRules.mayChange(poll, vote, alice())).isTrue();
            assertThat(VotingRules.mayChange(poll, vote, bob())).isFalse();
            assertThat(VotingRules.mayChange(poll, vote, guest())).isFalse();
        }

        @Test
        void theHolderOfTheEditLinkMayChangeAGuestVote() {
            Poll poll = aPoll().build();
            Vote vote = guestVote(poll);

            assertThat(VotingRules.mayChange(poll, vote, guestHolding(VOTE_ID, token)))
                    .isTrue();
            assertThat(VotingRules.holdsEditLink(VOTE_ID, vote.getEditKeyHash(), guestHolding(VOTE_ID, token)))
                    .isTrue();
        }

        @Test
        void aLoggedInHolderOfTheEditLinkMayChangeAGuestVote() {
            Poll poll = aPoll().build();

            Voter aliceWithToken = new Voter(ALICE, "Alice Smith", false, Map.of(VOTE_ID, token));
            assertThat(VotingRules.mayChange(poll, guestVote(poll), aliceWithToken))
                    .isTrue();
        }

        @Test
        void aWrongTokenDoesNotOpenAGuestVote() {
            Poll poll = aPoll().build();

            assertThat(VotingRules.mayChange(poll, guestVote(poll), guestHolding(VOTE_ID, ManagementKey.newToken())))
                    .isFalse();
            assertThat(VotingRules.mayChange(poll, guestVote(poll), guestHolding(VOTE_ID, "")))
                    .isFalse();
        }

        @Test
        void theHashItselfIsNotAToken() {
            Poll poll = aPoll().build();

            assertThat(VotingRules.mayChange(poll, guestVote(poll), guestHolding(VOTE_ID, ManagementKey.hash(token))))
                    .isFalse();
        }

        @Test
        void theTokenOfAnotherVoteDoesNotOpenThisOne() {
            Poll poll = aPoll().build();

            assertThat(VotingRules.mayChange(poll, guestVote(poll), guestHolding(OTHER_VOTE_ID, token)))
                    .isFalse();
        }

        @Test
        void aGuestWithoutTokensMayNotChangeAGuestVote() {
            Poll poll = aPoll().build();

            assertThat(VotingRules.mayChange(poll, guestVote(poll), guest())).isFalse();
            assertThat(VotingRules.mayChange(poll, guestVote(poll), bob())).isFalse();
        }

        @Test
        void unauthenticatedVoteChangesOpenGuestVotesToEveryone() {
            Poll poll = aPoll().allowUnauthenticatedVoteChanges().build();

            assertThat(VotingRules.mayChange(poll, guestVote(poll), guest())).isTrue();
            assertThat(VotingRules.mayChange(poll, guestVote(poll), bob())).isTrue();
        }

        @Test
        void theOverloadByIdsDecidesTheSame() {
            Poll poll = aPoll().build();
            String hash = ManagementKey.hash(token);

            assertThat(VotingRules.mayChange(poll, VOTE_ID, null, hash, guestHolding(VOTE_ID, token)))
                    .isTrue();
            assertThat(VotingRules.mayChange(poll, VOTE_ID, null, hash, guest()))
                    .isFalse();
            assertThat(VotingRules.mayChange(poll, VOTE_ID, ALICE, null, alice()))
                    .isTrue();
            assertThat(VotingRules.mayChange(poll, VOTE_ID, ALICE, null, bob())).isFalse();
            assertThat(VotingRules.mayChange(poll, VOTE_ID, null, null, guestHolding(VOTE_ID, token)))
                    .isFalse();
        }

        @Test
        void aPermittedChangeOnAnOpenPollPasses() {
            Poll poll = aPoll().build();

            assertThatCode(() -> VotingRules.checkMayChange(poll, guestVote(poll), guestHolding(VOTE_ID, token), NOW))
                    .doesNotThrowAnyException();
        }

        @Test
        void aChangeOnAClosedPollIsRefused() {
            Poll poll = aPoll().build();
            Vote vote = aliceVote(poll);
            poll.close();

            assertThatThrownBy(() -> VotingRules.checkMayChange(poll, vote, alice(), NOW))
                    .is(violating(VoteRule.POLL_CLOSED));
            assertThatThrownBy(() -> VotingRules.checkMayChange(poll, vote, manager(), NOW))
                    .is(violating(VoteRule.POLL_CLOSED));
        }

        @Test
        void aChangeAfterTheDueDateIsRefused() {
            Poll poll = aPoll().dueDate(NOW.plus(HOUR)).build();
            Vote vote = aliceVote(poll);

            assertThatThrownBy(() -> VotingRules.checkMayChange(poll, vote, alice(), NOW.plus(HOUR)))
                    .is(violating(VoteRule.POLL_CLOSED));
        }

        @Test
        void aChangeWithoutPermissionIsForbidden() {
            Poll poll = aPoll().build();

            assertThatThrownBy(() -> VotingRules.checkMayChange(poll, aliceVote(poll), bob(), NOW))
                    .isInstanceOf(ForbiddenException.class)
                    .extracting(e -> ((BusinessException) e).messageKey())
                    .isEqualTo("error.vote.notYours");
            assertThatThrownBy(() -> VotingRules.checkMayChange(poll, guestVote(poll), guest(), NOW))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    /** Who may assign a guest vote to an account (F11): a logged-in visitor who may change it. */
    @Nested
    class MayAssign {

        private static final long VOTE_ID = 600L;

        private final String token = ManagementKey.newToken();

        private Vote guestVote(Poll poll) {
            return stored(Vote.cast(poll, guest(), ballot("Carol", false), ManagementKey.hash(token), NOW), VOTE_ID);
        }

        private static Voter loggedInManager() {
            return new Voter(99L, "Max Manager", true, Map.of());
        }

        private static Voter aliceHolding(long voteId, String token) {
            return new Voter(ALICE, "Alice Smith", false, Map.of(voteId, token));
        }

        @Test
        void aLoggedInManagerMayAssignAGuestVote() {
            Poll poll = aPoll().build();

            assertThatCode(() -> VotingRules.checkMayAssign(poll, guestVote(poll), loggedInManager()))
                    .doesNotThrowAnyException();
        }

        @Test
        void aManagerWithoutLoginMayChangeButNotAssign() {
            Poll poll = aPoll().build();
            Vote vote = guestVote(poll);

            assertThat(VotingRules.mayChange(poll, vote, manager())).isTrue();
            assertThatThrownBy(() -> VotingRules.checkMayAssign(poll, vote, manager()))
                    .isInstanceOf(ForbiddenException.class);
        }

        @Test
        void aLoggedInHolderOfTheEditLinkMayAssignButAnotherAccountMayNot() {
            Poll poll = aPoll().build();
            Vote vote = guestVote(poll);

            assertThatCode(() -> VotingRules.checkMayAssign(poll, vote, aliceHolding(VOTE_ID, token)))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> VotingRules.checkMayAssign(poll, vote, bob()))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> VotingRules.checkMayAssign(poll, vote, guestHolding(VOTE_ID, token)))
                    .isInstanceOf(ForbiddenException.class);
        }

        @Test
        void whileGuestVotesAreOpenToAllAnyLoggedInVisitorMayAssign() {
            Poll poll = aPoll().allowUnauthenticatedVoteChanges().build();

            assertThatCode(() -> VotingRules.checkMayAssign(poll, guestVote(poll), bob()))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> VotingRules.checkMayAssign(poll, guestVote(poll), guest()))
                    .isInstanceOf(ForbiddenException.class);
        }

        @Test
        void aVoteOfAnAccountIsRefusedWithAMessageToWhoMayChangeIt() {
            Poll poll = aPoll().build();
            Vote vote = stored(Vote.cast(poll, alice(), ballot("", false), null, NOW), VOTE_ID);

            assertThatThrownBy(() -> VotingRules.checkMayAssign(poll, vote, loggedInManager()))
                    .is(violating(VoteRule.ALREADY_ASSIGNED));
            assertThatThrownBy(() -> VotingRules.checkMayAssign(poll, vote, bob()))
                    .isInstanceOf(ForbiddenException.class);
        }

        @Test
        void theRowRuleAgreesWithTheCheck() {
            Poll poll = aPoll().build();
            Vote vote = guestVote(poll);

            assertThat(VotingRules.mayAssign(poll, VOTE_ID, null, vote.getEditKeyHash(), loggedInManager()))
                    .isTrue();
            assertThat(VotingRules.mayAssign(poll, VOTE_ID, ALICE, null, loggedInManager()))
                    .isFalse();
            assertThat(VotingRules.mayAssign(poll, VOTE_ID, null, vote.getEditKeyHash(), manager()))
                    .isFalse();
            assertThat(VotingRules.mayAssign(poll, VOTE_ID, null, vote.getEditKeyHash(), bob()))
                    .isFalse();
        }
    }
}
