package org.bitpoll.it.owner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Map;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.bitpoll.it.vote.PollsToVoteOn;
import org.junit.jupiter.api.Test;

/**
 * Assigning a guest vote to an account (F11) over HTTP: the owner assigns it by user name and the account then
 * changes it; an unknown user name, a user who used their one vote, another user (GET and POST), a guest, and a
 * vote of another poll are refused.
 */
class AssignVoteIT {

    private final WebClient owner = new WebClient();

    /** A guest's vote on the poll; returns its id, read from where the guest's edit link leads. */
    static long guestVote(WebClient guest, String slug, String name) {
        Page form = guest.get("/poll/" + slug + "/vote/");
        Page poll = guest.submit(
                form,
                "voteForm",
                Map.of(
                        "voteForm:name",
                        name,
                        form.html().selectFirst("#voteTable input[type=radio]").attr("name"),
                        form.html().selectFirst("#voteTable input[type=radio]").attr("value")),
                "voteForm:save");
        String link = poll.html().getElementById("voteEditLinkAnchor").attr("href");
        Page edit = guest.get(link.substring(link.indexOf("/editvote/")));
        String path = edit.uri().getPath();
        assertThat(path).matches("/poll/" + slug + "/vote/\\d+/edit/");
        return Long.parseLong(path.replaceAll(".*/vote/(\\d+)/edit/", "$1"));
    }

    @Test
    void aGuestMayNotAssignEvenTheirOwnVoteNorCanAnyoneSeeThePage() {
        String slug = PollsToVoteOn.pollWithOptions(owner, "Guests", Map.of(), "A");
        WebClient guest = new WebClient();
        long vote = guestVote(guest, slug, "Carol");

        assertThat(guest.get("/poll/" + slug + "/vote/" + vote + "/assign/").status())
                .isEqualTo(403);
        assertThat(owner.get("/poll/" + slug + "/vote/" + vote + "/assign/").status())
                .isEqualTo(403);
        assertThat(owner.get("/poll/" + slug + "/").html().select("a.assign-vote"))
                .isEmpty();
    }

    @Test
    void aVoteOfAnotherPollOrNoVoteIsNotFound() {
        String slug = PollsToVoteOn.pollWithOptions(owner, "Here", Map.of(), "A");
        String other = PollsToVoteOn.pollWithOptions(owner, "There", Map.of(), "A");
        long voteThere = guestVote(new WebClient(), other, "Dan");

        assertThat(owner.get("/poll/" + slug + "/vote/" + voteThere + "/assign/")
                        .status())
                .isEqualTo(404);
        assertThat(owner.get("/poll/" + slug + "/vote/999999999/assign/").status())
                .isEqualTo(404);
        assertThat(owner.get("/poll/" + slug + "/vote/abc/assign/").status()).isEqualTo(404);
    }

    private static Page assign(WebClient client, String slug, long vote, String username) {
        Page page = client.get("/poll/" + slug + "/vote/" + vote + "/assign/");
        assertThat(page.status()).isEqualTo(200);
        return client.submit(
                page,
                "assignForm",
                Map.of("assignForm:assignee_input", username, "assignForm:assignee_hinput", username),
                "assignForm:assign");
    }

    private static Page castAs(WebClient client, String slug) {
        Page form = client.get("/poll/" + slug + "/vote/");
        return client.submit(
                form,
                "voteForm",
                Map.of(
                        form.html().selectFirst("#voteTable input[type=radio]").attr("name"),
                        form.html().selectFirst("#voteTable input[type=radio]").attr("value")),
                "voteForm:save");
    }

    @Test
    void theOwnerAssignsAGuestVoteWhichThenBelongsToTheUser() {
        TestAccounts.Credentials bob = TestAccounts.create("assignee");
        WebClient alice = Accounts.loggedIn(TestAccounts.create("assigner"));
        String slug = PollsToVoteOn.pollWithOptions(alice, "Assigned", Map.of(), "A");
        long vote = guestVote(new WebClient(), slug, "Carol");
        Page poll = alice.get("/poll/" + slug + "/");
        assertThat(poll.html().select("a.assign-vote").eachAttr("href"))
                .containsExactly("/poll/" + slug + "/vote/" + vote + "/assign/");
        assertThat(alice.get("/poll/" + slug + "/vote/" + vote + "/assign/").text())
                .contains("You may now assign the vote cast under the name \"Carol\" to a user.");

        Page assigned = assign(alice, slug, vote, bob.username());

        assertThat(assigned.uri().getPath()).isEqualTo("/poll/" + slug + "/");
        assertThat(assigned.text()).contains("The vote has been assigned.");
        assertThat(assigned.html().select("#pollGrid tbody th").eachText()).containsExactly(Accounts.displayName(bob));
        assertThat(assigned.html().select("a.assign-vote")).isEmpty();
        WebClient owner = Accounts.loggedIn(bob);
        assertThat(owner.get("/poll/" + slug + "/")
                        .html()
                        .getElementById("ownVoteLink")
                        .attr("href"))
                .isEqualTo("/poll/" + slug + "/vote/" + vote + "/edit/");
        assertThat(alice.get("/poll/" + slug + "/vote/" + vote + "/assign/").text())
                .contains("This vote already belongs to a user.");
    }

    @Test
    void anUnknownUserNameIsRefusedWithAMessageAndNothingChanges() {
        WebClient alice = Accounts.loggedIn(TestAccounts.create("assigner"));
        String slug = PollsToVoteOn.pollWithOptions(alice, "Unknown", Map.of(), "A");
        long vote = guestVote(new WebClient(), slug, "Carol");

        Page refused = assign(alice, slug, vote, "nobody-at-all");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().getElementById("assignForm:assigneeMessage").text())
                .isEqualTo("There is no user with the user name \"nobody-at-all\".");
        assertThat(alice.get("/poll/" + slug + "/")
                        .html()
                        .select("#pollGrid tbody th")
                        .eachText())
                .containsExactly("Carol");
    }

    @Test
    void oneVotePerUserBlocksOnlyAUserWhoHasVotedWithoutItAssignmentWorks() {
        TestAccounts.Credentials bob = TestAccounts.create("voted");
        WebClient alice = Accounts.loggedIn(TestAccounts.create("assigner"));
        String once = PollsToVoteOn.pollWithOptions(alice, "Once", Map.of(), "A");
        String many = PollsToVoteOn.pollWithOptions(
                alice, "Many", Collections.singletonMap("createForm:oneVotePerUser", null), "A");
        WebClient bobsClient = Accounts.loggedIn(bob);
        castAs(bobsClient, once);
        castAs(bobsClient, many);
        long onceVote = guestVote(new WebClient(), once, "Carol");
        long manyVote = guestVote(new WebClient(), many, "Carol");

        Page refused = assign(alice, once, onceVote, bob.username());
        Page assigned = assign(alice, many, manyVote, bob.username());

        assertThat(refused.html().getElementById("assignForm:assigneeMessage").text())
                .isEqualTo(Accounts.displayName(bob) + " has already voted, and this poll allows one vote per user.");
        assertThat(assigned.text()).contains("The vote has been assigned.");
        assertThat(assigned.html().select("#pollGrid tbody th").eachText())
                .containsExactly(Accounts.displayName(bob), Accounts.displayName(bob));
    }

    @Test
    void anotherLoggedInUserIsForbiddenTheAssignmentOnGetAndPost() {
        TestAccounts.Credentials owner = TestAccounts.create("assigner");
        TestAccounts.Credentials other = TestAccounts.create("intruder");
        WebClient alice = Accounts.loggedIn(owner);
        String slug = PollsToVoteOn.pollWithOptions(alice, "Not yours", Map.of(), "A");
        long vote = guestVote(new WebClient(), slug, "Carol");
        Page ownersPage = alice.get("/poll/" + slug + "/vote/" + vote + "/assign/");
        WebClient bob = Accounts.loggedIn(other);

        assertThat(bob.get("/poll/" + slug + "/vote/" + vote + "/assign/").status())
                .isEqualTo(403);
        assertThat(bob.get("/poll/" + slug + "/").html().select("a.assign-vote"))
                .isEmpty();
        Page refused = bob.submit(
                ownersPage,
                "assignForm",
                Map.of("assignForm:assignee_input", other.username(), "assignForm:assignee_hinput", other.username()),
                "assignForm:assign");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(alice.get("/poll/" + slug + "/")
                        .html()
                        .select("#pollGrid tbody th")
                        .eachText())
                .containsExactly("Carol");
    }

    @Test
    void theAssignmentOfAVoteOfAnotherPollIsNotFoundAlsoForItsOwner() {
        WebClient alice = Accounts.loggedIn(TestAccounts.create("assigner"));
        String slug = PollsToVoteOn.pollWithOptions(alice, "Here", Map.of(), "A");
        String other = PollsToVoteOn.pollWithOptions(alice, "There", Map.of(), "A");
        long voteThere = guestVote(new WebClient(), other, "Dan");

        assertThat(alice.get("/poll/" + other + "/vote/" + voteThere + "/assign/")
                        .status())
                .isEqualTo(200);
        assertThat(alice.get("/poll/" + slug + "/vote/" + voteThere + "/assign/")
                        .status())
                .isEqualTo(404);
    }
}
