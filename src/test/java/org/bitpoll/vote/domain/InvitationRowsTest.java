package org.bitpoll.vote.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bitpoll.vote.domain.VoteFixtures.ALICE;
import static org.bitpoll.vote.domain.VoteFixtures.BERLIN;
import static org.bitpoll.vote.domain.VoteFixtures.BOB;
import static org.bitpoll.vote.domain.VoteFixtures.aPoll;
import static org.bitpoll.vote.domain.VoteFixtures.alice;
import static org.bitpoll.vote.domain.VoteFixtures.guest;
import static org.bitpoll.vote.domain.VoteFixtures.manager;

import java.util.EnumSet;
import java.util.List;
import org.bitpoll.invitation.domain.InvitationRepository.Pending;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.poll.domain.PollFlag;
import org.bitpoll.poll.domain.PollSettings;
import org.bitpoll.poll.domain.ResultVisibility;
import org.bitpoll.poll.domain.Sorting;
import org.junit.jupiter.api.Test;

/**
 * Pending invitations show as empty rows where the poll shows invitations: all of them to viewers who see every
 * row and every name, else only the viewer's own.
 */
class InvitationRowsTest {

    private static final List<Pending> PENDING = List.of(new Pending(ALICE, "Alice Smith"), new Pending(BOB, "Bob"));

    private static Poll poll(ResultVisibility mode, PollFlag... flags) {
        Poll poll = aPoll().build();
        EnumSet<PollFlag> on = EnumSet.noneOf(PollFlag.class);
        on.addAll(List.of(flags));
        poll.changeSettings(new PollSettings("Lunch", null, mode, BERLIN, "", Sorting.DATE, on));
        return poll;
    }

    private static List<PollResults.InvitationRow> rows(Poll poll, Voter voter) {
        return new ResultsTally(poll, voter, List.of(), PENDING).results().invitations();
    }

    @Test
    void everyoneSeesEveryPendingInvitationOfAPollThatShowsThem() {
        Poll poll = poll(ResultVisibility.COMPLETE, PollFlag.SHOW_INVITATIONS);

        assertThat(rows(poll, guest()))
                .extracting(PollResults.InvitationRow::name)
                .containsExactly("Alice Smith", "Bob");
        assertThat(rows(poll, alice()))
                .containsExactly(
                        new PollResults.InvitationRow("Alice Smith", true),
                        new PollResults.InvitationRow("Bob", false));
    }

    @Test
    void aPollThatDoesNotShowInvitationsShowsNone() {
        assertThat(rows(poll(ResultVisibility.COMPLETE), manager())).isEmpty();
    }

    @Test
    void whereOthersRowsOrNamesAreHiddenOnlyTheViewersOwnInvitationShows() {
        Poll summary = poll(ResultVisibility.SUMMARY, PollFlag.SHOW_INVITATIONS);
        Poll hidden = poll(ResultVisibility.COMPLETE, PollFlag.SHOW_INVITATIONS, PollFlag.HIDE_PARTICIPANTS);

        assertThat(rows(summary, alice())).containsExactly(new PollResults.InvitationRow("Alice Smith", true));
        assertThat(rows(summary, guest())).isEmpty();
        assertThat(rows(hidden, alice())).containsExactly(new PollResults.InvitationRow("Alice Smith", true));
        assertThat(rows(hidden, manager())).hasSize(2);
    }
}
