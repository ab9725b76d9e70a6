package org.bitpoll.it.owner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.bitpoll.it.poll.PollFixtures;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.bitpoll.it.vote.PollsToVoteOn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ownership with identities over HTTP: a logged-in creator owns the poll and no other user may manage it (GET and
 * POST); the owner hands it to another user or a group of theirs, never to a user name that does not exist and
 * never to nobody without a management link; a logged-in holder of the link claims it; a site administrator
 * manages everything; one vote per user holds for anonymous votes of users; a guest holding the management link
 * is asked to log in to claim the poll; a poll that requires login leads guests to the login page and back.
 */
class OwnershipIT {

    private final WebClient guest = new WebClient();

    @Test
    void aGuestHoldingTheManagementLinkIsAskedToLogInToClaimThePoll() {
        String slug = PollFixtures.uniqueSlug("claim");
        PollFixtures.create(guest, "universal", "Claim me", slug);

        Page settings = guest.get("/poll/" + slug + "/settings/");

        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.html().getElementById("ownerNobody")).isNotNull();
        assertThat(settings.html()
                        .getElementById("loginToClaim")
                        .selectFirst("a")
                        .attr("href"))
                .isEqualTo("/login/?next=%2Fpoll%2F" + slug + "%2Fsettings%2F");
        assertThat(settings.html().getElementById("ownerForm")).isNull();
        assertThat(settings.html().getElementById("claimForm")).isNull();
        assertThat(settings.html().getElementById("retireLinkForm")).isNull();
    }

    @Test
    void aPollThatRequiresLoginLeadsGuestsToTheLoginPageAndBackToTheVoteForm() {
        String slug =
                PollsToVoteOn.pollWithOptions(guest, "Members only", Map.of("createForm:requireLogin", "on"), "A");
        WebClient stranger = new WebClient();

        Page poll = stranger.get("/poll/" + slug + "/");
        assertThat(poll.html().getElementById("loginToVote").attr("href"))
                .isEqualTo("/login/?next=%2Fpoll%2F" + slug + "%2Fvote%2F");
        assertThat(poll.html().getElementById("voteLink")).isNull();

        HttpResponse<String> form = stranger.raw("/poll/" + slug + "/vote/");
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location").orElseThrow())
                .endsWith("/login/?next=%2Fpoll%2F" + slug + "%2Fvote%2F");
    }

    @Test
    void loginRequiredIsASettingOfThePoll() {
        String slug = PollsToVoteOn.pollWithOptions(guest, "Open at first", Map.of(), "A");
        assertThat(new WebClient().get("/poll/" + slug + "/").html().getElementById("voteLink"))
                .isNotNull();

        PollsToVoteOn.changeSettings(guest, slug, Map.of("requireLogin", "on"));

        assertThat(guest.get("/poll/" + slug + "/settings/")
                        .html()
                        .getElementById("settingsForm:requireLogin")
                        .hasAttr("checked"))
                .isTrue();
        assertThat(new WebClient().get("/poll/" + slug + "/").html().getElementById("loginToVote"))
                .isNotNull();
    }

    private static Map<String, String> values(String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    /** A free-text poll made by this client; returns its URL name. */
    private static String poll(WebClient client, String title) {
        String slug = PollFixtures.uniqueSlug("own");
        PollFixtures.create(client, "universal", title, slug);
        return slug;
    }

    private static Page settings(WebClient client, String slug) {
        return client.get("/poll/" + slug + "/settings/");
    }

    /** Posts the owner form with this user name (typed, as the autocomplete posts it) and group. */
    private static Page changeOwner(WebClient client, String slug, String username, String groupId) {
        Map<String, String> fields =
                values("ownerForm:ownerName_input", username, "ownerForm:ownerName_hinput", username);
        if (groupId != null) {
            fields.put("ownerForm:ownerGroup", groupId);
        }
        return client.submit(settings(client, slug), "ownerForm", fields, "ownerForm:changeOwner");
    }

    private static String ownerState(WebClient client, String slug) {
        return settings(client, slug).html().getElementById("ownerState").text();
    }

    @Test
    void aLoggedInCreatorOwnsThePollWithoutAManagementLink() {
        TestAccounts.Credentials alice = TestAccounts.create("creator");
        WebClient client = Accounts.loggedIn(alice);
        String slug = PollFixtures.uniqueSlug("owned");

        Page editor = PollFixtures.create(client, "universal", "Owned", slug);

        assertThat(editor.html().getElementById("managementLink")).isNull();
        assertThat(client.cookies().getCookieStore().getCookies())
                .noneMatch(cookie -> cookie.getName().startsWith("bitpoll-manage-"));
        Page settings = settings(client, slug);
        assertThat(settings.html().getElementById("ownerUser").text()).contains(Accounts.displayName(alice));
        assertThat(settings.html().getElementById("managementLinkBox")).isNull();
        assertThat(settings.html().getElementById("claimForm")).isNull();
        assertThat(settings.html().getElementById("ownerForm:ownerGroup"))
                .as("no group to offer")
                .isNull();
        assertThat(client.get("/poll/" + slug + "/").html().getElementById("settingsTab"))
                .isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"settings/", "edit/values/", "copy/", "delete/", "edit/choices/universal/"})
    void anotherLoggedInUserIsForbiddenEveryManagementPage(String page) {
        WebClient alice = Accounts.loggedIn(TestAccounts.create("owner"));
        String slug = poll(alice, "Alice's");
        WebClient bob = Accounts.loggedIn(TestAccounts.create("other"));

        assertThat(bob.get("/poll/" + slug + "/" + page).status()).isEqualTo(403);
        assertThat(alice.get("/poll/" + slug + "/" + page).status()).isEqualTo(200);
        assertThat(bob.get("/poll/" + slug + "/").html().getElementById("settingsTab"))
                .isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "settings/, settingsForm, settingsForm:save",
        "settings/, stateForm, stateForm:close",
        "settings/, ownerForm, ownerForm:changeOwner",
        "edit/values/, valueForm, valueForm:saveValue",
        "copy/, copyForm, copyForm:copy",
        "delete/, deleteForm, deleteForm:delete"
    })
    void anotherLoggedInUserPostingTheOwnersFormIsForbiddenAndChangesNothing(String page, String form, String button) {
        TestAccounts.Credentials owner = TestAccounts.create("owner");
        TestAccounts.Credentials other = TestAccounts.create("other");
        WebClient alice = Accounts.loggedIn(owner);
        String slug = poll(alice, "Alice's");
        Page loaded = alice.get("/poll/" + slug + "/" + page);

        Page refused = Accounts.loggedIn(other)
                .submit(
                        loaded,
                        form,
                        values(
                                "settingsForm:title",
                                "Hijacked",
                                "ownerForm:ownerName_input",
                                other.username(),
                                "ownerForm:ownerName_hinput",
                                other.username(),
                                "valueForm:valueTitle",
                                "hijacked",
                                "copyForm:slug",
                                slug + "-stolen"),
                        button);

        assertThat(refused.status()).isEqualTo(403);
        Page after = settings(alice, slug);
        assertThat(after.html().getElementById("settingsForm:title").attr("value"))
                .isEqualTo("Alice's");
        assertThat(after.html().getElementById("ownerUser").text()).contains(owner.username());
        assertThat(after.html().getElementById("stateForm:close")).isNotNull();
        assertThat(alice.get("/poll/" + slug + "/edit/values/").text()).doesNotContain("hijacked");
        assertThat(alice.get("/poll/" + slug + "-stolen/").status()).isEqualTo(404);
    }

    @Test
    void theOwnerHandsThePollToAnotherUserWhoThenManagesItAndTheFormerOwnerNoLonger() {
        TestAccounts.Credentials owner = TestAccounts.create("giver");
        TestAccounts.Credentials heir = TestAccounts.create("heir");
        WebClient alice = Accounts.loggedIn(owner);
        String slug = poll(alice, "Passed on");
        Page staleForm = settings(alice, slug);

        Page changed = changeOwner(alice, slug, heir.username(), null);

        assertThat(changed.uri().getPath())
                .as("no longer a manager: the poll page")
                .isEqualTo("/poll/" + slug + "/");
        assertThat(changed.text()).contains("The owner has been changed.");
        WebClient bob = Accounts.loggedIn(heir);
        assertThat(ownerState(bob, slug)).contains(Accounts.displayName(heir));
        assertThat(settings(alice, slug).status()).isEqualTo(403);
        Page refused = alice.submit(
                staleForm, "settingsForm", values("settingsForm:title", "Taken back"), "settingsForm:save");
        assertThat(refused.status()).as("the former owner's open form").isEqualTo(403);
        assertThat(settings(bob, slug)
                        .html()
                        .getElementById("settingsForm:title")
                        .attr("value"))
                .isEqualTo("Passed on");
    }

    @Test
    void aHandoverToAUserNameThatDoesNotExistIsRefusedWithAMessage() {
        TestAccounts.Credentials owner = TestAccounts.create("keeper");
        WebClient alice = Accounts.loggedIn(owner);
        String slug = poll(alice, "Kept");

        Page refused = changeOwner(alice, slug, "nobody-" + owner.username(), null);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().getElementById("ownerForm:ownerNameMessage").text())
                .isEqualTo("There is no user with the user name \"nobody-" + owner.username() + "\".");
        assertThat(ownerState(alice, slug)).contains(Accounts.displayName(owner));
    }

    @Test
    void aPollWithoutManagementLinkCannotBeLeftToNobody() {
        TestAccounts.Credentials owner = TestAccounts.create("keeper");
        WebClient alice = Accounts.loggedIn(owner);
        String slug = poll(alice, "Needs an owner");

        Page refused = changeOwner(alice, slug, "", null);

        assertThat(refused.html().getElementById("ownerForm:ownerNameMessage").text())
                .startsWith("This poll has no management link, so it needs an owner");
        assertThat(ownerState(alice, slug)).contains(Accounts.displayName(owner));
    }

    @Test
    void aLoggedInHolderOfTheManagementLinkClaimsThePollAndTheLinkWorksUntilTheOwnerRetiresIt() {
        TestAccounts.Credentials claimer = TestAccounts.create("claimer");
        WebClient client = new WebClient();
        String slug = PollFixtures.uniqueSlug("claimed");
        Page editor = PollFixtures.create(client, "universal", "Claimed", slug);
        String link = editor.html().getElementById("managementLinkAnchor").attr("href");
        WebClient coOrganiser = new WebClient();
        coOrganiser.get(link.substring(link.indexOf("/manage/")));
        assertThat(settings(coOrganiser, slug).status()).isEqualTo(200);
        WebClient alice = Accounts.loggedIn(claimer);
        assertThat(settings(alice, slug).status())
                .as("no link in this browser yet")
                .isEqualTo(403);
        alice.get(link.substring(link.indexOf("/manage/")));

        Page claimed = alice.submit(settings(alice, slug), "claimForm", Map.of(), "claimForm:claim");

        assertThat(claimed.text()).contains("You now own this poll.");
        assertThat(claimed.html().getElementById("ownerUser").text()).contains(Accounts.displayName(claimer));
        assertThat(claimed.html().getElementById("claimForm")).isNull();
        assertThat(settings(coOrganiser, slug).status())
                .as("the link keeps working")
                .isEqualTo(200);
        assertThat(settings(coOrganiser, slug).html().getElementById("claimForm"))
                .isNull();

        Page retired = alice.submit(claimed, "retireLinkForm", Map.of(), "retireLinkForm:retireLink");

        assertThat(retired.text()).contains("The management link has been retired");
        assertThat(settings(coOrganiser, slug).status()).isEqualTo(403);
        assertThat(settings(alice, slug).status()).isEqualTo(200);
    }

    @Test
    void aPollGoesToAGroupOfTheOwnerWhoseMembersThenManageIt() {
        TestAccounts.Credentials owner = TestAccounts.create("grouper");
        TestAccounts.Credentials member = TestAccounts.create("member");
        TestAccounts.Credentials outsider = TestAccounts.create("outsider");
        Accounts.Group staff = Accounts.group("staff", owner, member);
        Accounts.Group others = Accounts.group("others", outsider);
        WebClient alice = Accounts.loggedIn(owner);
        String slug = poll(alice, "For the group");
        assertThat(settings(alice, slug)
                        .html()
                        .select("#ownerForm\\:ownerGroup option")
                        .eachText())
                .contains(staff.name())
                .doesNotContain(others.name());

        Page foreignGroup = changeOwner(alice, slug, owner.username(), String.valueOf(others.id()));
        assertThat(foreignGroup.status()).isEqualTo(200);
        assertThat(ownerState(alice, slug)).doesNotContain(others.name());

        Page changed = changeOwner(alice, slug, "", String.valueOf(staff.id()));

        assertThat(changed.text()).contains("The owner has been changed.");
        assertThat(ownerState(alice, slug)).contains(staff.name());
        assertThat(settings(Accounts.loggedIn(member), slug).status()).isEqualTo(200);
        assertThat(settings(Accounts.loggedIn(outsider), slug).status()).isEqualTo(403);
    }

    @Test
    void aSiteAdministratorManagesAStrangersPollAndItsVotesOnGetAndPost() {
        WebClient alice = Accounts.loggedIn(TestAccounts.create("stranger"));
        String slug = PollsToVoteOn.pollWithOptions(alice, "Moderated", Map.of(), "A");
        Page form = alice.get("/poll/" + slug + "/vote/");
        alice.submit(
                form,
                "voteForm",
                Map.of(
                        form.html().selectFirst("#voteTable input[type=radio]").attr("name"),
                        form.html().selectFirst("#voteTable input[type=radio]").attr("value")),
                "voteForm:save");
        WebClient admin = Accounts.loggedIn(TestAccounts.createAdmin("admin"));

        for (String page : new String[] {"settings/", "edit/values/", "copy/", "delete/", "edit/choices/universal/"}) {
            assertThat(admin.get("/poll/" + slug + "/" + page).status())
                    .as(page)
                    .isEqualTo(200);
        }
        Page saved = admin.submit(
                settings(admin, slug), "settingsForm", values("settingsForm:title", "Moderated!"), "settingsForm:save");
        assertThat(saved.text()).contains("Settings have been changed");
        Page poll = admin.get("/poll/" + slug + "/");
        String edit = poll.html().selectFirst("#pollGrid a.pi-pencil").attr("href");
        Page deleted = admin.submit(admin.get(edit), "voteForm", Map.of(), "voteForm:delete");
        assertThat(deleted.text()).contains("The vote has been deleted.");
        Page pollDeleted =
                admin.submit(admin.get("/poll/" + slug + "/delete/"), "deleteForm", Map.of(), "deleteForm:delete");
        assertThat(pollDeleted.status()).isEqualTo(200);
        assertThat(alice.get("/poll/" + slug + "/").status()).isEqualTo(404);
    }

    @Test
    void oneVotePerUserHoldsAlsoWhenTheUserVotedAnonymously() {
        WebClient owner = Accounts.loggedIn(TestAccounts.create("host"));
        String slug = PollsToVoteOn.pollWithOptions(owner, "Once only", Map.of("createForm:requireLogin", "on"), "A");
        WebClient bob = Accounts.loggedIn(TestAccounts.create("voter"));
        Page form = bob.get("/poll/" + slug + "/vote/");
        assertThat(form.html().getElementById("voteForm:name").attr("value")).startsWith("Test (voter-");

        Page poll = bob.submit(
                form,
                "voteForm",
                Map.of(
                        "voteForm:anonymous",
                        "on",
                        form.html().selectFirst("#voteTable input[type=radio]").attr("name"),
                        form.html().selectFirst("#voteTable input[type=radio]").attr("value")),
                "voteForm:save");

        assertThat(poll.html().select("#pollGrid tbody th").eachText()).containsExactly("Anonymous");
        assertThat(poll.html().getElementById("voteEditLinkAnchor"))
                .as("no edit link for an account")
                .isNull();
        assertThat(poll.html().getElementById("voteLink")).isNull();
        String own = poll.html().getElementById("ownVoteLink").attr("href");
        assertThat(own).matches("/poll/" + slug + "/vote/\\d+/edit/");
        Page again = bob.get("/poll/" + slug + "/vote/");
        assertThat(again.text()).contains("Only one vote per person is allowed, and you have already voted.");
        assertThat(again.html().getElementById("voteForm")).isNull();
        Page changed = bob.submit(bob.get(own), "voteForm", Map.of("voteForm:anonymous", "on"), "voteForm:save");
        assertThat(changed.text()).contains("changed");
    }
}
