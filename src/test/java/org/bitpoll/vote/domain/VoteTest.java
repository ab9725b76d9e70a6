package org.bitpoll.vote.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.bitpoll.platform.error.RuleViolations.violating;
import static org.bitpoll.vote.domain.VoteFixtures.A;
import static org.bitpoll.vote.domain.VoteFixtures.ALICE;
import static org.bitpoll.vote.domain.VoteFixtures.B;
import static org.bitpoll.vote.domain.VoteFixtures.BOB;
import static org.bitpoll.vote.domain.VoteFixtures.C;
import static org.bitpoll.vote.domain.VoteFixtures.MAYBE;
import static org.bitpoll.vote.domain.VoteFixtures.NO;
import static org.bitpoll.vote.domain.VoteFixtures.NOW;
import static org.bitpoll.vote.domain.VoteFixtures.OTHER_POLL_ID;
import static org.bitpoll.vote.domain.VoteFixtures.POLL_ID;
import static org.bitpoll.vote.domain.VoteFixtures.RATHER_NOT;
import static org.bitpoll.vote.domain.VoteFixtures.UNKNOWN;
import static org.bitpoll.vote.domain.VoteFixtures.YES;
import static org.bitpoll.vote.domain.VoteFixtures.aPoll;
import static org.bitpoll.vote.domain.VoteFixtures.alice;
import static org.bitpoll.vote.domain.VoteFixtures.ballot;
import static org.bitpoll.vote.domain.VoteFixtures.guest;
import static org.bitpoll.vote.domain.VoteFixtures.withOptionCDeleted;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bitpoll.platform.error.NotFoundException;
import org.bitpoll.poll.domain.ManagementKey;
import org.bitpoll.poll.domain.Poll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Casting (F8), editing (F9) and assigning (F11) a vote, with product decisions 2–4 and 8. */
class VoteTest {

    private static final String EDIT_KEY_HASH = ManagementKey.hash(ManagementKey.newToken());
    private static final Instant LATER = NOW.plus(Duration.ofHours(2));

    private static Vote castAsGuest(Poll poll, Ballot ballot) {
        return Vote.cast(poll, guest(), ballot, EDIT_KEY_HASH, NOW);
    }

    @Nested
    class Casting {

        @Test
        void aGuestVoteKeepsTheNameAndTheEditKeyHashAndHasNoAccount() {
            Poll poll = aPoll().build();

            Vote vote = castAsGuest(
                    poll,
                    new Ballot(
                            "  Carol  ",
                            false,
                            " see you ",
                            Map.of(A, new Ballot.Answer(YES, " if it is sunny "), B, new Ballot.Answer(NO, null))));

            assertThat(vote.getPollId()).isEqualTo(POLL_ID);
            assertThat(vote.getName()).isEqualTo("Carol");
            assertThat(vote.getEditKeyHash()).isEqualTo(EDIT_KEY_HASH);
            assertThat(vote.getAccountId()).isNull();
            assertThat(vote.getAssignedById()).isNull();
            assertThat(vote.isAnonymous()).isFalse();
            assertThat(vote.getComment()).isEqualTo("see you");
            assertThat(vote.getCreated()).isEqualTo(NOW);
            assertThat(vote.getModified()).isNull();
            assertThat(vote.getCells())
                    .extracting(VoteCell::getChoiceId, VoteCell::getValueId, VoteCell::getComment)
                    .containsExactly(tuple(A, YES, "if it is sunny"), tuple(B, NO, ""));
        }

        @Test
        void aGuestVoteNeedsAnEditKeyHash() {
            Poll poll = aPoll().build();

            assertThatThrownBy(() -> Vote.cast(poll, guest(), ballot("Carol", false), null, NOW))
                    .isInstanceOf(NullPointerException.class);
        }

        @Test
        void aLoggedInVoteIsLinkedAndNamedAfterTheAccountWithoutEditKey() {
            Poll poll = aPoll().build();

            Vote vote = Vote.cast(poll, alice(), ballot("Mallory", false, A, YES), EDIT_KEY_HASH, NOW);

            assertThat(vote.getAccountId()).isEqualTo(ALICE);
            assertThat(vote.getName()).isEqualTo("Alice Smith");
            assertThat(vote.getEditKeyHash()).isNull();
            assertThat(vote.isAnonymous()).isFalse();
            assertThat(vote.getCells())
                    .extracting(VoteCell::getChoiceId, VoteCell::getValueId)
                    .containsExactly(tuple(A, YES));
        }

        @Test
        void aLoggedInVoterNeedsNoNameInTheBallot() {
            Poll poll = aPoll().build();

            assertThat(Vote.cast(poll, alice(), ballot("", false), null, NOW).getName())
                    .isEqualTo("Alice Smith");
        }

        @Test
        void anAnonymousVoteOfALoggedInUserStaysLinked() {
            Poll poll = aPoll().anonymousAllowed().build();

            Vote vote = Vote.cast(poll, alice(), ballot("", true, A, YES), null, NOW);

            assertThat(vote.isAnonymous()).isTrue();
            assertThat(vote.getAccountId()).isEqualTo(ALICE);
            assertThat(vote.getName()).isEqualTo("Alice Smith");
            assertThat(vote.getEditKeyHash()).isNull();
        }

        @Test
        void aGuestWithoutNameIsRefused() {
            Poll poll = aPoll().anonymousAllowed().build();

            assertThatThrownBy(() -> castAsGuest(poll, ballot("   ", false, A, YES)))
                    .is(violating(VoteRule.NAME_REQUIRED));
        }

        @Test
        void aGuestWithoutNameTickingAnonymousIsRefusedWhenThePollDisallowsIt() {
            Poll poll = aPoll().build();

            assertThatThrownBy(() -> castAsGuest(poll, ballot("", true, A, YES)))
                    .is(violating(VoteRule.NAME_REQUIRED));
        }

        @Test
        void aGuestWithoutNameMayVoteAnonymouslyWhenAllowed() {
            Poll poll = aPoll().anonymousAllowed().build();

            Vote vote = castAsGuest(poll, ballot("", true, A, YES));

            assertThat(vote.isAnonymous()).isTrue();
            assertThat(vote.getName()).isEmpty();
            assertThat(vote.getAccountId()).isNull();
            assertThat(vote.getEditKeyHash()).isEqualTo(EDIT_KEY_HASH);
        }

        @Test
        void aNameHasAtMost80Characters() {
            Poll poll = aPoll().build();

            assertThat(castAsGuest(poll, ballot("n".repeat(80), false)).getName())
                    .hasSize(80);
            assertThatThrownBy(() -> castAsGuest(poll, ballot("n".repeat(81), false)))
                    .is(violating(VoteRule.NAME_TOO_LONG));
        }

        @Test
        void anonymousIsRefusedWhenThePollDisallowsIt() {
            Poll poll = aPoll().build();

            assertThatThrownBy(() -> castAsGuest(poll, ballot("Carol", true, A, YES)))
                    .is(violating(VoteRule.ANONYMOUS_NOT_ALLOWED));
            assertThatThrownBy(() -> Vote.cast(poll, alice(), ballot("", true, A, YES), null, NOW))
                    .is(violating(VoteRule.ANONYMOUS_NOT_ALLOWED));
        }

        @Test
        void aValueOfAnotherPollIsNotFound() {
            Poll poll = aPoll().build();

            assertThatThrownBy(() -> castAsGuest(poll, ballot("Carol", false, A, UNKNOWN)))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void anAnswerWithNeitherValueNorCommentIsNoAnswerButAnUnknownOptionIsNotFound() {
            Poll poll = aPoll().build();
            Ballot empty = new Ballot("Carol", false, "", Map.of(A, new Ballot.Answer(null, "")));
            Ballot foreign = new Ballot("Carol", false, "", Map.of(UNKNOWN, new Ballot.Answer(null, "note")));

            assertThat(castAsGuest(poll, empty).getCells()).isEmpty();
            assertThatThrownBy(() -> castAsGuest(poll, foreign)).isInstanceOf(NotFoundException.class);
        }

        @Test
        void anOptionOfAnotherPollIsNotFound() {
            Poll poll = aPoll().build();

            assertThatThrownBy(() -> castAsGuest(poll, ballot("Carol", false, UNKNOWN, YES)))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void aDeletedOptionIsNotFound() {
            Poll poll = withOptionCDeleted(aPoll().build());

            assertThatThrownBy(() -> castAsGuest(poll, ballot("Carol", false, C, YES)))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void aDeletedValueIsRefused() {
            Poll poll = aPoll().build();
            poll.deleteAnswerValue(MAYBE);

            assertThatThrownBy(() -> castAsGuest(poll, ballot("Carol", false, A, MAYBE)))
                    .is(violating(VoteRule.DELETED_VALUE));
        }

        @Test
        void voteAllRefusesAnEmptyOption() {
            Poll poll = aPoll().voteAll().build();

            assertThatThrownBy(() -> castAsGuest(poll, ballot("Carol", false, A, YES, B, NO)))
                    .is(violating(VoteRule.ALL_CHOICES_REQUIRED));
            assertThat(castAsGuest(poll, ballot("Carol", false, A, YES, B, NO, C, MAYBE))
                            .getCells())
                    .hasSize(3);
        }

        @Test
        void aCommentOnAnUnansweredOptionIsRefusedNotDropped() {
            Poll poll = aPoll().build();
            Ballot commentOnly = new Ballot(
                    "Carol", false, "", Map.of(A, new Ballot.Answer(YES, ""), B, new Ballot.Answer(null, "late")));

            assertThatThrownBy(() -> castAsGuest(poll, commentOnly)).is(violating(VoteRule.COMMENT_WITHOUT_ANSWER));
            Ballot blankComment = new Ballot(
                    "Carol", false, "", Map.of(A, new Ballot.Answer(YES, ""), B, new Ballot.Answer(null, " ")));
            assertThat(castAsGuest(poll, blankComment).getCells())
                    .extracting(VoteCell::getChoiceId)
                    .containsExactly(A);
        }

        @Test
        void voteAllIgnoresDeletedOptions() {
            Poll poll = withOptionCDeleted(aPoll().voteAll().build());

            assertThatCode(() -> castAsGuest(poll, ballot("Carol", false, A, YES, B, NO)))
                    .doesNotThrowAnyException();
        }

        @Test
        void commentsHaveAtMost2000Characters() {
            Poll poll = aPoll().build();
            String tooLong = "c".repeat(Vote.MAX_COMMENT_LENGTH + 1);

            assertThatThrownBy(() -> castAsGuest(poll, new Ballot("Carol", false, tooLong, Map.of())))
                    .is(violating(VoteRule.COMMENT_TOO_LONG));
            assertThatThrownBy(() -> castAsGuest(
                            poll, new Ballot("Carol", false, "", Map.of(A, new Ballot.Answer(YES, tooLong)))))
                    .is(violating(VoteRule.COMMENT_TOO_LONG));
        }

        @Test
        void cellsFollowTheOptionOrderAndUnansweredOptionsHaveNoCell() {
            Poll poll = aPoll().build();

            Vote vote = castAsGuest(poll, ballot("Carol", false, C, RATHER_NOT, A, MAYBE));

            assertThat(vote.getCells())
                    .extracting(VoteCell::getChoiceId, VoteCell::getValueId)
                    .containsExactly(tuple(A, MAYBE), tuple(C, RATHER_NOT));
        }
    }

    @Nested
    class Changing {

        @Test
        void changingKeepsTheCreationTimeAndRecordsTheModification() {
            Poll poll = aPoll().anonymousAllowed().build();
            Vote vote = castAsGuest(poll, new Ballot("Carol", false, "first", Map.of(A, new Ballot.Answer(YES, ""))));

            vote.change(poll, new Ballot("Carol", true, "second", Map.of(A, new Ballot.Answer(NO, ""))), LATER);

            assertThat(vote.getCreated()).isEqualTo(NOW);
            assertThat(vote.getModified()).isEqualTo(LATER);
            assertThat(vote.getName()).isEqualTo("Carol");
            assertThat(vote.isAnonymous()).isTrue();
            assertThat(vote.getComment()).isEqualTo("second");
            assertThat(vote.getEditKeyHash()).isEqualTo(EDIT_KEY_HASH);
        }

        @Test
        void changingReplacesAnswersInPlaceAndDropsCellsThatBecameUnanswered() {
            Poll poll = aPoll().build();
            Vote vote = castAsGuest(
                    poll,
                    new Ballot(
                            "Carol",
                            false,
                            "",
                            Map.of(A, new Ballot.Answer(YES, "a"), B, new Ballot.Answer(MAYBE, "b"))));
            VoteCell cellA = vote.getCells().get(0);

            vote.change(
                    poll,
                    new Ballot(
                            "Carol",
                            false,
                            "",
                            Map.of(A, new Ballot.Answer(NO, " changed "), C, new Ballot.Answer(YES, "c"))),
                    LATER);

            assertThat(vote.getCells())
                    .extracting(VoteCell::getChoiceId, VoteCell::getValueId, VoteCell::getComment)
                    .containsExactly(tuple(A, NO, "changed"), tuple(C, YES, "c"));
            assertThat(vote.getCells().get(0)).isSameAs(cellA);
        }

        @Test
        void unansweringEverythingLeavesNoCells() {
            Poll poll = aPoll().build();
            Vote vote = castAsGuest(poll, ballot("Carol", false, A, YES, B, NO));

            vote.change(poll, ballot("Carol", false), LATER);

            assertThat(vote.getCells()).isEmpty();
        }

        @Test
        void aGuestMayCorrectTheNameAndMustKeepOne() {
            Poll poll = aPoll().anonymousAllowed().build();
            Vote vote = castAsGuest(poll, ballot("Crol", false, A, YES));

            vote.change(poll, ballot(" Carol ", false, A, YES), LATER);
            assertThat(vote.getName()).isEqualTo("Carol");

            assertThatThrownBy(() -> vote.change(poll, ballot("", false, A, NO), LATER.plusSeconds(1)))
                    .is(violating(VoteRule.NAME_REQUIRED));
            assertThatThrownBy(() -> vote.change(poll, ballot("x".repeat(81), false, A, NO), LATER.plusSeconds(1)))
                    .is(violating(VoteRule.NAME_TOO_LONG));
            assertThat(vote.getName()).isEqualTo("Carol");
            assertThat(vote.getCells()).extracting(VoteCell::getValueId).containsExactly(YES);
            assertThat(vote.getModified()).isEqualTo(LATER);
        }

        @Test
        void aGuestWhoVotedAnonymouslyNamesThemselvesWhenUntickingAnonymous() {
            Poll poll = aPoll().anonymousAllowed().build();
            Vote vote = castAsGuest(poll, ballot("", true, A, YES));

            vote.change(poll, ballot("Dora", false, A, YES), LATER);

            assertThat(vote.getName()).isEqualTo("Dora");
            assertThat(vote.isAnonymous()).isFalse();
        }

        @Test
        void aPollOfAnotherIdIsNotFound() {
            Poll poll = aPoll().build();
            Poll other = aPoll().id(OTHER_POLL_ID).build();
            Vote vote = castAsGuest(poll, ballot("Carol", false, A, YES));

            assertThatThrownBy(() -> vote.change(other, ballot("", false, A, NO), LATER))
                    .isInstanceOf(NotFoundException.class);
            assertThat(vote.getModified()).isNull();
            assertThat(vote.getCells()).extracting(VoteCell::getValueId).containsExactly(YES);
        }

        @Test
        void aRefusedChangeChangesNothing() {
            Poll poll = aPoll().build();
            Vote vote = castAsGuest(poll, new Ballot("Carol", false, "kept", Map.of(A, new Ballot.Answer(YES, ""))));
            poll.deleteAnswerValue(MAYBE);

            assertThatThrownBy(() -> vote.change(
                            poll,
                            new Ballot(
                                    "Mallory",
                                    false,
                                    "lost",
                                    Map.of(A, new Ballot.Answer(NO, ""), B, new Ballot.Answer(MAYBE, ""))),
                            LATER))
                    .is(violating(VoteRule.DELETED_VALUE));
            assertThat(vote.getComment()).isEqualTo("kept");
            assertThat(vote.getName()).isEqualTo("Carol");
            assertThat(vote.getModified()).isNull();
            assertThat(vote.getCells())
                    .extracting(VoteCell::getChoiceId, VoteCell::getValueId)
                    .containsExactly(tuple(A, YES));
        }

        @Test
        void changingTheVoteOfALoggedInUserKeepsTheLink() {
            Poll poll = aPoll().anonymousAllowed().build();
            Vote vote = Vote.cast(poll, alice(), ballot("", false, A, YES), null, NOW);

            vote.change(poll, ballot("Mallory", true, A, MAYBE), LATER);

            assertThat(vote.getAccountId()).isEqualTo(ALICE);
            assertThat(vote.getName()).isEqualTo("Alice Smith");
            assertThat(vote.isAnonymous()).isTrue();
        }
    }

    @Nested
    class Assigning {

        private static final long ASSIGNER = 99L;

        @Test
        void assignmentWorksWithoutOneVotePerUserEvenIfTheTargetHasVoted() {
            Poll poll = aPoll().build();
            Vote vote = castAsGuest(poll, ballot("Carol", false, A, YES));

            vote.assignTo(poll, BOB, "Bob Jones", true, ASSIGNER);

            assertThat(vote.getAccountId()).isEqualTo(BOB);
        }

        @Test
        void assignmentWorksWithOneVotePerUserWhenTheTargetHasNotVoted() {
            Poll poll = aPoll().oneVotePerUser().build();
            Vote vote = castAsGuest(poll, ballot("Carol", false, A, YES));

            vote.assignTo(poll, BOB, "Bob Jones", false, ASSIGNER);

            assertThat(vote.getAccountId()).isEqualTo(BOB);
        }

        @Test
        void assignmentIsRefusedWithOneVotePerUserWhenTheTargetHasVoted() {
            Poll poll = aPoll().oneVotePerUser().build();
            Vote vote = castAsGuest(poll, ballot("Carol", false, A, YES));

            assertThatThrownBy(() -> vote.assignTo(poll, BOB, "Bob Jones", true, ASSIGNER))
                    .is(violating(VoteRule.ASSIGNEE_ALREADY_VOTED));
            assertThat(vote.getAccountId()).isNull();
            assertThat(vote.getName()).isEqualTo("Carol");
            assertThat(vote.getEditKeyHash()).isEqualTo(EDIT_KEY_HASH);
        }

        @Test
        void assignmentSetsNameAccountAndAssignerAndDropsTheEditKey() {
            Poll poll = aPoll().anonymousAllowed().build();
            Vote vote = castAsGuest(poll, ballot("Carol", true, A, YES));

            vote.assignTo(poll, BOB, "Bob Jones", false, ASSIGNER);

            assertThat(vote.getAccountId()).isEqualTo(BOB);
            assertThat(vote.getName()).isEqualTo("Bob Jones");
            assertThat(vote.getAssignedById()).isEqualTo(ASSIGNER);
            assertThat(vote.getEditKeyHash()).isNull();
            assertThat(vote.isAnonymous()).isTrue();
            assertThat(vote.getCreated()).isEqualTo(NOW);
            assertThat(vote.getCells()).extracting(VoteCell::getValueId).containsExactly(YES);
        }

        @Test
        void aVoteWithAnAccountCannotBeAssigned() {
            Poll poll = aPoll().build();
            Vote vote = Vote.cast(poll, alice(), ballot("", false, A, YES), null, NOW);

            assertThatThrownBy(() -> vote.assignTo(poll, BOB, "Bob Jones", false, ASSIGNER))
                    .is(violating(VoteRule.ALREADY_ASSIGNED));
            assertThat(vote.getAccountId()).isEqualTo(ALICE);
        }

        @Test
        void anAssignedVoteCannotBeAssignedAgain() {
            Poll poll = aPoll().build();
            Vote vote = castAsGuest(poll, ballot("Carol", false, A, YES));
            vote.assignTo(poll, BOB, "Bob Jones", false, ASSIGNER);

            assertThatThrownBy(() -> vote.assignTo(poll, ALICE, "Alice Smith", false, ASSIGNER))
                    .is(violating(VoteRule.ALREADY_ASSIGNED));
        }
    }

    @Test
    void theBallotNormalisesNameAndCommentAndCopiesTheAnswers() {
        java.util.HashMap<Long, Ballot.Answer> answers = new java.util.HashMap<>(Map.of(A, new Ballot.Answer(YES, "")));
        Ballot ballot = new Ballot(null, false, null, answers);
        answers.clear();

        assertThat(ballot.name()).isEmpty();
        assertThat(ballot.comment()).isEmpty();
        assertThat(ballot.answers()).containsOnlyKeys(A);
        assertThat(List.copyOf(ballot.answers().values()))
                .extracting(Ballot.Answer::valueId)
                .containsExactly(YES);
    }
}
