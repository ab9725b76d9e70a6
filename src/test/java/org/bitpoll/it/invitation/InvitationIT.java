package org.bitpoll.it.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bitpoll.it.account.SignedIn;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.bitpoll.it.vote.PollsToVoteOn;
import org.junit.jupiter.api.Test;

/**
 * The invitations page over HTTP: for the poll's managers only, on GET and on POST; a name that is neither a user
 * nor a group refuses the input and saves nothing; an invitation id of another poll is not found; with the mail
 * server down (no SMTP server runs for this class) the invitation is saved and the page says the mail failed; and
 * a poll that requires an invitation refuses everyone else, on the vote form's GET and POST, while the invitee's
 * vote fulfils the invitation, and deleting that vote makes it pending again.
 */
class InvitationIT {

    private static final String NAMES = "inviteForm:inviteeNames_input";
    /** The autocomplete's hidden field, which its script keeps equal to the typed text and the server reads. */
    private static final String NAMES_VALUE = "inviteForm:inviteeNames_hinput";

    private static Page invitations(WebClient client, String slug) {
        return client.get("/poll/" + slug + "/invitations/");
    }

    private static Page invite(WebClient client, String slug, String names) {
        return client.submit(
                invitations(client, slug), "inviteForm", Map.of(NAMES, names, NAMES_VALUE, names), "inviteForm:invite");
    }

    private static String firstOption(Page votePage) {
        return votePage.html()
                .selectFirst("#voteTable tbody tr input[type=radio]")
                .attr("name");
    }

    private static String yes(Page votePage) {
        return votePage.html().select("#voteTable tbody tr").first().select("label.answer").stream()
                .filter(answer -> answer.text().equals("yes"))
                .findFirst()
                .orElseThrow()
                .selectFirst("input")
                .attr("value");
    }

    private static List<Long> invitationIds(String slug) {
        return longs(
                "SELECT i.id FROM invitation i JOIN poll p ON p.id = i.poll_id WHERE p.url = ? ORDER BY i.id", slug);
    }

    private static List<Long> fulfillingVotes(String slug) {
        return longs(
                "SELECT i.vote_id FROM invitation i JOIN poll p ON p.id = i.poll_id WHERE p.url = ? AND i.vote_id"
                        + " IS NOT NULL",
                slug);
    }

    private static List<Long> longs(String sql, String slug) {
        try (Connection connection = TestAccounts.connect();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, slug);
            try (ResultSet rows = select.executeQuery()) {
                List<Long> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
                return ids;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void thePageIsForManagersOnlyOnGetAndPost() {
        WebClient creator = new WebClient();
        String slug = PollsToVoteOn.pollWithOptions(creator, "Managers only", Map.of(), "A");
        TestAccounts.Credentials stranger = TestAccounts.create("stranger");

        Page own = invitations(creator, slug);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.html().getElementById("invitationsTab").hasClass("active"))
                .isTrue();
        assertThat(invitations(new WebClient(), slug).status()).isEqualTo(403);
        assertThat(invitations(SignedIn.client(stranger), slug).status()).isEqualTo(403);
        assertThat(invitations(creator, "no-such-poll-" + System.nanoTime()).status())
                .isEqualTo(404);

        // the browser forgets the management link between loading the form and posting it
        List<HttpCookie> links = creator.cookies().getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().startsWith("bitpoll-manage-"))
                .toList();
        links.forEach(cookie -> creator.cookies().getCookieStore().remove(null, cookie));
        Page refused = creator.submit(
                own,
                "inviteForm",
                Map.of(NAMES, stranger.username(), NAMES_VALUE, stranger.username()),
                "inviteForm:invite");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(invitationIds(slug)).isEmpty();
    }

    @Test
    void unknownNamesAreNamedAndNothingIsSavedAndAFailingMailServerLosesNoInvitation() {
        WebClient owner = new WebClient();
        String slug = PollsToVoteOn.pollWithOptions(owner, "Names", Map.of(), "A");
        TestAccounts.Credentials known = TestAccounts.create("known");

        Page refused = invite(owner, slug, known.username() + ", nobody-here-" + System.nanoTime());

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()
                        .getElementById("inviteForm:inviteeNamesMessage")
                        .text())
                .contains("The following users/groups could not be found:", "nobody-here-");
        assertThat(invitationIds(slug)).isEmpty();

        Page invited = invite(owner, slug, known.username());

        assertThat(invited.uri().getPath()).isEqualTo("/poll/" + slug + "/invitations/");
        assertThat(invited.text()).contains("Saved, but the mail to Test (" + known.username() + ") could not be sent");
        assertThat(invitationIds(slug)).hasSize(1);
        assertThat(invited.html()
                        .select("#invitationTable tr.invitation.pending td.invitee")
                        .eachText())
                .containsExactly("Test (" + known.username() + ")");

        Page again = invite(owner, slug, known.username());

        assertThat(again.text()).contains("Already invited: " + known.username());
        assertThat(invitationIds(slug)).hasSize(1);
    }

    @Test
    void aResendWithinTwelveHoursAndBadReminderDaysAreRefusedWithAMessage() {
        WebClient owner = new WebClient();
        String slug = PollsToVoteOn.pollWithOptions(owner, "Resend", Map.of(), "A");
        TestAccounts.Credentials invitee = TestAccounts.create("resend");
        invite(owner, slug, invitee.username());
        Map<String, String> firstRow =
                Map.of("invitation", String.valueOf(invitationIds(slug).get(0)));

        Page failed = owner.submit(invitations(owner, slug), "listForm", firstRow, "listForm:rows:0:resend");

        assertThat(failed.text()).contains("The mail to Test (" + invitee.username() + ") could not be sent");
        update(
                "UPDATE invitation SET last_email = CURRENT_TIMESTAMP WHERE id = ?",
                invitationIds(slug).get(0));
        Page tooSoon = owner.submit(invitations(owner, slug), "listForm", firstRow, "listForm:rows:0:resend");
        assertThat(tooSoon.text())
                .contains("The invitation of Test (" + invitee.username() + ") was mailed in the last 12 hours");

        for (String days : List.of("-3", "366", "two")) {
            Page refused = owner.submit(
                    invitations(owner, slug),
                    "reminderForm",
                    Map.of("reminderForm:reminderDays", days),
                    "reminderForm:saveReminder");
            assertThat(refused.html()
                            .getElementById("reminderForm:reminderDaysMessage")
                            .text())
                    .as(days)
                    .isEqualTo("Please enter a whole number of days from 0 to 365.");
        }
        assertThat(longs(
                        "SELECT r.days_before FROM poll_reminder r JOIN poll p ON p.id = r.poll_id WHERE p.url = ?",
                        slug))
                .isEmpty();
        Page saved = owner.submit(
                invitations(owner, slug),
                "reminderForm",
                Map.of("reminderForm:reminderDays", "3"),
                "reminderForm:saveReminder");
        assertThat(saved.html().getElementById("reminderForm:reminderDays").attr("value"))
                .isEqualTo("3");
    }

    private static void update(String sql, long id) {
        try (Connection connection = TestAccounts.connect();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCopyTakesNoInvitationsAndDeletingTheInviteeOrThePollDeletesThem() {
        WebClient owner = new WebClient();
        String slug = PollsToVoteOn.pollWithOptions(owner, "Copied", Map.of(), "A");
        TestAccounts.Credentials staying = TestAccounts.create("staying");
        TestAccounts.Credentials leaving = TestAccounts.create("leaving");
        invite(owner, slug, staying.username() + " " + leaving.username());
        List<Long> invited = invitationIds(slug);
        assertThat(invited).hasSize(2);

        Page copy = owner.submit(
                owner.get("/poll/" + slug + "/copy/"),
                "copyForm",
                Map.of("copyForm:slug", slug + "-copy"),
                "copyForm:copy");
        assertThat(copy.uri().getPath()).isEqualTo("/poll/" + slug + "-copy/");
        assertThat(invitationIds(slug + "-copy")).isEmpty();

        WebClient leaver = SignedIn.client(leaving);
        leaver.submit(leaver.get("/account/delete/"), "deleteAccountForm", Map.of(), "deleteAccountForm:deleteAccount");
        assertThat(invitationIds(slug)).hasSize(1);

        owner.submit(owner.get("/poll/" + slug + "/delete/"), "deleteForm", Map.of(), "deleteForm:delete");
        String remaining = "SELECT COUNT(*) FROM invitation WHERE id IN (" + invited.get(0) + ", " + invited.get(1)
                + ") OR poll_id IN (SELECT id FROM poll WHERE url = ?)";
        assertThat(longs(remaining, slug)).containsExactly(0L);
    }

    @Test
    void anInvitationIdOfAnotherPollIsNotFound() {
        WebClient owner = new WebClient();
        String mine = PollsToVoteOn.pollWithOptions(owner, "Mine", Map.of(), "A");
        String other = PollsToVoteOn.pollWithOptions(new WebClient(), "Other", Map.of(), "A");
        TestAccounts.Credentials invitee = TestAccounts.create("invitee");
        invite(owner, mine, invitee.username());
        WebClient otherOwner = new WebClient();
        String foreignPoll = PollsToVoteOn.pollWithOptions(otherOwner, "Foreign", Map.of(), "A");
        invite(otherOwner, foreignPoll, invitee.username());
        String foreign = String.valueOf(invitationIds(foreignPoll).get(0));
        Page page = invitations(owner, mine);

        for (String button : List.of("listForm:rows:0:delete", "listForm:rows:0:resend")) {
            Page answer = owner.submit(invitations(owner, mine), "listForm", Map.of("invitation", foreign), button);
            assertThat(answer.status()).as(button).isEqualTo(404);
        }
        Page garbage = owner.submit(page, "listForm", Map.of("invitation", "1 OR 1=1"), "listForm:rows:0:delete");

        assertThat(garbage.status()).isEqualTo(404);
        assertThat(invitationIds(foreignPoll)).hasSize(1);
        assertThat(invitationIds(mine)).hasSize(1);
        assertThat(invitationIds(other)).isEmpty();

        Page deleted = owner.submit(
                invitations(owner, mine),
                "listForm",
                Map.of("invitation", String.valueOf(invitationIds(mine).get(0))),
                "listForm:rows:0:delete");

        assertThat(deleted.text()).contains("The invitation was deleted.");
        assertThat(invitationIds(mine)).isEmpty();
    }

    @Test
    void aPollThatRequiresAnInvitationRefusesEveryoneElseAndTheInviteesVoteFulfilsIt() {
        TestAccounts.Credentials ownerAccount = TestAccounts.create("owner");
        WebClient owner = SignedIn.client(ownerAccount);
        String slug = PollsToVoteOn.pollWithOptions(owner, "Invited only", Map.of(), "A");
        TestAccounts.Credentials invited = TestAccounts.create("invited");
        TestAccounts.Credentials uninvited = TestAccounts.create("uninvited");
        WebClient outsider = SignedIn.client(uninvited);
        Page openForm = outsider.get("/poll/" + slug + "/vote/");
        assertThat(openForm.html().getElementById("voteForm")).isNotNull();
        invite(owner, slug, invited.username());
        PollsToVoteOn.changeSettings(owner, slug, Map.of("requireInvitation", "on"));

        Page refusedGet = outsider.get("/poll/" + slug + "/vote/");
        Page refusedGuest = new WebClient().get("/poll/" + slug + "/vote/");
        Page refusedPost =
                outsider.submit(openForm, "voteForm", Map.of(firstOption(openForm), yes(openForm)), "voteForm:save");

        assertThat(refusedGet.text()).contains("Only invited people can vote in this poll.");
        assertThat(refusedGet.html().getElementById("voteForm:save")).isNull();
        assertThat(refusedGuest.text()).contains("Only invited people can vote in this poll.");
        assertThat(refusedPost.text()).contains("Only invited people can vote in this poll.");
        assertThat(owner.get("/poll/" + slug + "/")
                        .html()
                        .select("#pollGrid tr.invitation th")
                        .eachText())
                .containsExactly("Test (" + invited.username() + ")");

        WebClient invitee = SignedIn.client(invited);
        Page voted = PollsToVoteOn.vote(invitee, slug, "ignored", "yes");

        assertThat(voted.uri().getPath()).isEqualTo("/poll/" + slug + "/");
        assertThat(fulfillingVotes(slug)).hasSize(1);
        assertThat(voted.html().select("#pollGrid tr.invitation")).isEmpty();
        assertThat(invitations(owner, slug).html().select("#invitationTable tr.invitation.fulfilled"))
                .hasSize(1);
        assertThat(invitee.get("/account/polls/")
                        .html()
                        .select("#myPolls .my-poll-title")
                        .eachText())
                .contains("Invited only");

        Page editForm =
                invitee.get("/poll/" + slug + "/vote/" + fulfillingVotes(slug).get(0) + "/edit/");
        invitee.submit(editForm, "voteForm", Map.of(), "voteForm:delete");

        assertThat(fulfillingVotes(slug)).isEmpty();
        assertThat(invitationIds(slug)).hasSize(1);
    }
}
