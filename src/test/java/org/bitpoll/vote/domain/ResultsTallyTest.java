package org.bitpoll.vote.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.bitpoll.vote.domain.VoteFixtures.A;
import static org.bitpoll.vote.domain.VoteFixtures.ALICE;
import static org.bitpoll.vote.domain.VoteFixtures.B;
import static org.bitpoll.vote.domain.VoteFixtures.BERLIN;
import static org.bitpoll.vote.domain.VoteFixtures.C;
import static org.bitpoll.vote.domain.VoteFixtures.NO;
import static org.bitpoll.vote.domain.VoteFixtures.NOW;
import static org.bitpoll.vote.domain.VoteFixtures.YES;
import static org.bitpoll.vote.domain.VoteFixtures.aPoll;
import static org.bitpoll.vote.domain.VoteFixtures.alice;
import static org.bitpoll.vote.domain.VoteFixtures.guest;
import static org.bitpoll.vote.domain.VoteFixtures.guestHolding;
import static org.bitpoll.vote.domain.VoteFixtures.manager;
import static org.bitpoll.vote.domain.VoteFixtures.withOptionCDeleted;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.bitpoll.poll.domain.ManagementKey;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.poll.domain.PollFlag;
import org.bitpoll.poll.domain.PollSettings;
import org.bitpoll.poll.domain.ResultVisibility;
import org.bitpoll.poll.domain.Sorting;
import org.bitpoll.vote.domain.VoteRepository.VoteRow;
import org.junit.jupiter.api.Test;

/** The results rules the poll page and the CSV share: own rows, visibility, who may change a row, hidden names. */
class ResultsTallyTest {

    private static final String TOKEN = ManagementKey.newToken();
    private static final long ALICES_VOTE = 1L;
    private static final long GUEST_VOTE = 2L;
    private static final long OTHER_GUEST_VOTE = 3L;

    private static final List<VoteRow> ROWS = List.of(
            new VoteRow(ALICES_VOTE, ALICE, "Alice Smith", false, "", NOW, null, null),
            new VoteRow(GUEST_VOTE, null, "Guest", false, "", NOW, null, ManagementKey.hash(TOKEN)),
            new VoteRow(
                    OTHER_GUEST_VOTE,
                    null,
                    "Other",
                    false,
                    "",
                    NOW,
                    null,
                    ManagementKey.hash(ManagementKey.newToken())));

    private static void set(Poll poll, ResultVisibility mode, PollFlag... flags) {
        EnumSet<PollFlag> on = EnumSet.noneOf(PollFlag.class);
        on.addAll(List.of(flags));
        poll.changeSettings(new PollSettings("Lunch", null, mode, BERLIN, "", Sorting.DATE, on));
    }

    private static PollResults tally(Poll poll, Voter voter) {
        ResultsTally tally = new ResultsTally(poll, voter, ROWS);
        tally.cell(ALICES_VOTE, A, YES, null);
        tally.cell(ALICES_VOTE, B, NO, "only after two");
        tally.cell(GUEST_VOTE, A, NO, null);
        tally.cell(OTHER_GUEST_VOTE, C, YES, null);
        return tally.results();
    }

    private static List<Long> shownIds(PollResults results) {
        return results.rows().stream().map(row -> row.vote().id()).toList();
    }

    private static int index(Poll poll, long valueId) {
        return poll.getAnswerValues().indexOf(poll.answerValue(valueId));
    }

    @Test
    void ownRowsAreTheAccountsAndTheGuestVoteWhoseEditLinkTheBrowserHolds() {
        Poll poll = aPoll().build();

        PollResults forAlice = tally(poll, alice());
        PollResults forGuest = tally(poll, guestHolding(GUEST_VOTE, TOKEN));

        assertThat(forAlice.rows()).extracting(PollResults.Row::own).containsExactly(true, false, false);
        assertThat(forGuest.rows()).extracting(PollResults.Row::own).containsExactly(false, true, false);
        assertThat(forGuest.viewerVoted()).isTrue();
        assertThat(tally(poll, guest()).viewerVoted()).isFalse();
    }

    @Test
    void cellsAreIndexesOfTheValuesAndMinusOneWhenUnansweredWithTheirComments() {
        Poll poll = aPoll().build();

        PollResults results = tally(poll, guest());

        PollResults.Row alices = results.rows().get(0);
        assertThat(alices.cells()).containsExactly(index(poll, YES), index(poll, NO), -1);
        assertThat(alices.comments()).containsExactly(null, "only after two", null);
        assertThat(results.rows().get(1).comments()).isNull();
        assertThat(results.options()).hasSize(3);
    }

    @Test
    void cellsOfDeletedOptionsAreLeftOutAndDeletedValuesAreNoticed() {
        Poll poll = withOptionCDeleted(aPoll().build());
        poll.deleteAnswerValue(NO);

        PollResults results = tally(poll, guest());

        assertThat(results.options()).hasSize(2);
        assertThat(results.rows().get(2).cells()).containsExactly(-1, -1);
        assertThat(results.deletedValuesUsed()).isTrue();
        assertThat(tally(aPoll().build(), guest()).deletedValuesUsed()).isFalse();
    }

    @Test
    void inSummaryModeAVisitorSeesOnlyTheirOwnRowButTheSummaryOfAll() {
        Poll poll = aPoll().build();
        set(poll, ResultVisibility.SUMMARY);

        PollResults results = tally(poll, alice());

        assertThat(shownIds(results)).containsExactly(ALICES_VOTE);
        assertThat(results.voteCount()).isEqualTo(3);
        assertThat(results.summary()).hasSize(3);
        assertThat(results.summary().get(0).counts()[index(poll, YES)]).isEqualTo(1);
        assertThat(results.summary().get(0).counts()[index(poll, NO)]).isEqualTo(1);
    }

    @Test
    void inNeverModeThereIsNoSummaryButManagersSeeEverything() {
        Poll poll = aPoll().build();
        set(poll, ResultVisibility.NEVER);

        assertThat(tally(poll, alice()).summary()).isNull();
        assertThat(shownIds(tally(poll, guest()))).isEmpty();
        PollResults forManager = tally(poll, manager());
        assertThat(shownIds(forManager)).containsExactly(ALICES_VOTE, GUEST_VOTE, OTHER_GUEST_VOTE);
        assertThat(forManager.summary()).isNotNull();
        assertThat(forManager.manager()).isTrue();
    }

    @Test
    void completeAfterVoteShowsEveryRowOnceTheVisitorHasVoted() {
        Poll poll = aPoll().build();
        set(poll, ResultVisibility.COMPLETE_AFTER_VOTE);

        assertThat(shownIds(tally(poll, guest()))).isEmpty();
        assertThat(shownIds(tally(poll, guestHolding(GUEST_VOTE, TOKEN))))
                .containsExactly(ALICES_VOTE, GUEST_VOTE, OTHER_GUEST_VOTE);
    }

    @Test
    void aRowIsChangeableByItsAccountTheHolderOfItsLinkAndManagers() {
        Poll poll = aPoll().build();

        assertThat(tally(poll, alice()).rows())
                .extracting(PollResults.Row::changeable)
                .containsExactly(true, false, false);
        assertThat(tally(poll, guestHolding(GUEST_VOTE, TOKEN)).rows())
                .extracting(PollResults.Row::changeable)
                .containsExactly(false, true, false);
        assertThat(tally(poll, manager()).rows())
                .extracting(PollResults.Row::changeable)
                .containsExactly(true, true, true);
    }

    @Test
    void aLoggedInVisitorMayAssignTheGuestRowsTheyMayChangeAGuestNone() {
        Poll poll = aPoll().build();
        Voter loggedInManager = new Voter(99L, "Max Manager", true, Map.of());
        Voter aliceHoldingTheLink = new Voter(ALICE, "Alice Smith", false, Map.of(GUEST_VOTE, TOKEN));

        assertThat(tally(poll, loggedInManager).rows())
                .extracting(PollResults.Row::assignable)
                .containsExactly(false, true, true);
        assertThat(tally(poll, aliceHoldingTheLink).rows())
                .extracting(PollResults.Row::assignable)
                .containsExactly(false, true, false);
        assertThat(tally(poll, manager()).rows())
                .extracting(PollResults.Row::assignable)
                .containsExactly(false, false, false);
        assertThat(tally(poll, guestHolding(GUEST_VOTE, TOKEN)).rows())
                .extracting(PollResults.Row::assignable)
                .containsExactly(false, false, false);
    }

    @Test
    void whileTheVoteChangesOfGuestsAreAllowedEveryGuestRowIsChangeable() {
        Poll poll = aPoll().allowUnauthenticatedVoteChanges().build();

        assertThat(tally(poll, guest()).rows())
                .extracting(PollResults.Row::changeable)
                .containsExactly(false, true, true);
    }

    @Test
    void withHiddenParticipantsOnlyTheOwnNameShowsAndManagersSeeAll() {
        Poll poll = aPoll().build();
        set(poll, ResultVisibility.COMPLETE, PollFlag.HIDE_PARTICIPANTS);

        assertThat(tally(poll, alice()).rows())
                .extracting(row -> row.vote().id(), PollResults.Row::nameHidden)
                .containsExactlyInAnyOrder(
                        tuple(ALICES_VOTE, false), tuple(GUEST_VOTE, true), tuple(OTHER_GUEST_VOTE, true));
        assertThat(tally(poll, manager()).rows())
                .extracting(PollResults.Row::nameHidden)
                .containsExactly(false, false, false);
        assertThat(tally(aPoll().build(), guest()).rows())
                .extracting(PollResults.Row::nameHidden)
                .containsExactly(false, false, false);
    }

    /** Rows of four guests: Zoe voted first, then Amy, Bob and Max; in the order given. */
    private static List<VoteRow> fourGuests(String... namesInOrder) {
        Map<String, VoteRow> rows = Map.of(
                "Zoe", guestRow(11L, "Zoe", NOW.plusNanos(123_456_000)),
                "Amy", guestRow(12L, "Amy", NOW.plusSeconds(60).plusNanos(654_321_000)),
                "Bob", guestRow(13L, "Bob", NOW.plusSeconds(120).plusNanos(7_000)),
                "Max", guestRow(14L, "Max", NOW.plusSeconds(180)));
        return Arrays.stream(namesInOrder).map(rows::get).toList();
    }

    private static VoteRow guestRow(long id, String name, Instant created) {
        return new VoteRow(id, null, name, false, "", created, null, ManagementKey.hash("key of " + name));
    }

    private static List<String> shownNames(Poll poll, Voter voter, List<VoteRow> rows) {
        return new ResultsTally(poll, voter, rows)
                .results().rows().stream().map(row -> row.vote().name()).toList();
    }

    @Test
    void hiddenParticipantsAreOrderedByNeitherTheirNameNorTheirTime() {
        Poll poll = aPoll().build();
        set(poll, ResultVisibility.COMPLETE, PollFlag.HIDE_PARTICIPANTS);
        List<VoteRow> byTime = fourGuests("Zoe", "Amy", "Bob", "Max");
        List<VoteRow> byName = fourGuests("Amy", "Bob", "Max", "Zoe");

        List<String> hiddenOrder = shownNames(poll, guest(), byTime);

        assertThat(shownNames(poll, guest(), byName)).isEqualTo(hiddenOrder);
        assertThat(shownNames(poll, guestHolding(13L, "a token"), byTime)).isEqualTo(hiddenOrder);
        assertThat(shownNames(poll, manager(), byName)).containsExactly("Amy", "Bob", "Max", "Zoe");
        assertThat(shownNames(aPoll().build(), guest(), byName)).containsExactly("Amy", "Bob", "Max", "Zoe");
    }

    @Test
    void theHiddenOrderDependsOnTheExactTimeNotOnlyOnWhatAViewerCanKnow() {
        VoteRow row = guestRow(11L, "Zoe", NOW);
        VoteRow aMicrosecondLater = guestRow(11L, "Zoe", NOW.plusNanos(1_000));

        assertThat(ResultsTally.hiddenOrderKey(row))
                .isEqualTo(ResultsTally.hiddenOrderKey(guestRow(11L, "Zoe", NOW)))
                .isNotEqualTo(ResultsTally.hiddenOrderKey(aMicrosecondLater))
                .isNotEqualTo(ManagementKey.hash("11"));
    }

    @Test
    void changeYourVoteLeadsToTheLatestOwnVote() {
        Poll poll = aPoll().build();
        String first = ManagementKey.newToken();
        String second = ManagementKey.newToken();
        List<VoteRow> rows = List.of(
                new VoteRow(21L, null, "Later", false, "", NOW.plusSeconds(60), null, ManagementKey.hash(second)),
                new VoteRow(22L, null, "Earlier", false, "", NOW, NOW.plusSeconds(120), ManagementKey.hash(first)),
                new VoteRow(23L, null, "Stranger", false, "", NOW.plusSeconds(90), null, ManagementKey.hash("x")));
        Voter holder = new Voter(null, null, false, Map.of(21L, second, 22L, first));

        assertThat(new ResultsTally(poll, holder, rows).results().latestOwnVote())
                .map(row -> row.vote().id())
                .contains(21L);
        assertThat(new ResultsTally(poll, guest(), rows).results().latestOwnVote())
                .isEmpty();
    }

    @Test
    void oneVotePerUserStopsAnAccountThatHasVotedNeverAGuest() {
        Poll poll = aPoll().oneVotePerUser().build();

        assertThat(tally(poll, alice()).newVoteAllowed()).isFalse();
        assertThat(tally(poll, guestHolding(GUEST_VOTE, TOKEN)).newVoteAllowed())
                .isTrue();
        assertThat(tally(aPoll().build(), alice()).newVoteAllowed()).isTrue();
    }
}
