package org.bitpoll.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bitpoll.it.support.BrowserTestBase;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Ownership and votes with real users in Chromium: a logged-in creator owns a poll that another user cannot
 * manage; the owner hands it to another user through the user autocomplete; a logged-in holder of the management
 * link claims a poll; a site administrator manages a stranger's poll; login required and one vote per user with
 * two users; a guest vote assigned to a user through the autocomplete, which that user then changes.
 */
class OwnershipBrowserIT extends BrowserTestBase {

    private static final String FORBIDDEN = "Not allowed";

    /** Each test starts logged out, in English, without secrets of earlier tests. */
    @BeforeEach
    void loggedOut() {
        browser.driver().manage().deleteAllCookies();
        browser.useLanguage("en");
    }

    private static void switchTo(TestAccounts.Credentials account) {
        browser.driver().manage().deleteAllCookies();
        browser.useLanguage("en");
        browser.logIn(account);
    }

    /** Creates a normal poll with these options; the options of the create form are ticked by their labels. */
    private static String createPoll(String title, List<String> ticked, String... options) {
        String slug = TestServer.uniqueSlug("bown");
        browser.open("/");
        browser.click(By.cssSelector("label[for='createForm:type:2']"));
        browser.type(By.id("createForm:title"), title);
        browser.expand(By.cssSelector("#createForm\\:advanced legend"), By.id("createForm:slug"));
        browser.type(By.id("createForm:slug"), slug);
        for (String checkbox : ticked) {
            browser.click(By.cssSelector("label[for='createForm:" + checkbox + "']"));
        }
        browser.clickAndWaitForPage(By.id("createForm:create"));
        for (String option : options) {
            browser.type(By.id("choicesForm:newText"), option);
            browser.clickAndWaitForUpdate(By.id("choicesForm:add"), By.id("choiceTable"));
        }
        browser.clickAndWaitForPage(By.id("choicesForm:saveAndView"));
        return slug;
    }

    /** Picks this answer for every option of the vote form and saves. */
    private static void voteEverywhere(String answer) {
        for (WebElement row : browser.driver().findElements(By.cssSelector("#voteTable tbody tr"))) {
            row.findElements(By.cssSelector("label.answer")).stream()
                    .filter(label -> label.getText().strip().equals(answer))
                    .findFirst()
                    .orElseThrow()
                    .click();
        }
        browser.clickAndWaitForPage(By.id("voteForm:save"));
    }

    /** Types into an autocomplete and picks the suggestion of this user name. */
    private static void pickUser(String inputId, String username) {
        browser.type(By.id(inputId), username);
        browser.click(By.cssSelector("li.ui-autocomplete-item[data-item-value='" + username + "']"));
    }

    private static List<String> rowNames() {
        return browser.driver().findElements(By.cssSelector("#pollGrid tbody th")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static String displayName(TestAccounts.Credentials account) {
        return "Test (" + account.username() + ")";
    }

    @Test
    void aLoggedInCreatorOwnsThePollAndAnotherUserCannotManageIt() {
        TestAccounts.Credentials alice = TestAccounts.create("bcreator");
        TestAccounts.Credentials bob = TestAccounts.create("bother");
        browser.logIn(alice);

        String slug = createPoll("Owned in the browser", List.of(), "A");

        assertThat(browser.driver().findElements(By.id("managementLink"))).isEmpty();
        browser.open("/poll/" + slug + "/settings/");
        assertThat(browser.text(By.id("ownerUser"))).contains(displayName(alice));
        switchTo(bob);
        browser.open("/poll/" + slug + "/");
        assertThat(browser.driver().findElements(By.id("settingsTab"))).isEmpty();
        browser.open("/poll/" + slug + "/settings/");
        assertThat(browser.driver().getTitle()).contains(FORBIDDEN);
    }

    @Test
    void theOwnerHandsThePollToAnotherUserThroughTheAutocompleteWhoThenManagesIt() {
        TestAccounts.Credentials alice = TestAccounts.create("bgiver");
        TestAccounts.Credentials bob = TestAccounts.create("bheir");
        browser.logIn(alice);
        String slug = createPoll("Handed over", List.of(), "A");
        browser.open("/poll/" + slug + "/settings/");

        pickUser("ownerForm:ownerName_input", bob.username());
        browser.screenshot("owner-handover");
        browser.clickAndWaitForPage(By.id("ownerForm:changeOwner"));

        assertThat(browser.text(By.cssSelector("body"))).contains("The owner has been changed.");
        assertThat(browser.driver().findElements(By.id("settingsTab"))).isEmpty();
        browser.open("/poll/" + slug + "/settings/");
        assertThat(browser.driver().getTitle()).contains(FORBIDDEN);
        switchTo(bob);
        browser.open("/poll/" + slug + "/settings/");
        browser.type(By.id("settingsForm:title"), "Handed over and renamed");
        browser.clickAndWaitForPage(By.id("settingsForm:save"));
        assertThat(browser.find(By.id("settingsForm:title")).getAttribute("value"))
                .isEqualTo("Handed over and renamed");
    }

    @Test
    void aLoggedInHolderOfTheManagementLinkClaimsThePoll() {
        TestAccounts.Credentials alice = TestAccounts.create("bclaimer");
        String slug = createPoll("Made without login", List.of(), "A");
        browser.open("/poll/" + slug + "/settings/");
        assertThat(browser.driver().findElements(By.id("loginToClaim"))).hasSize(1);

        browser.logIn(alice);
        browser.open("/poll/" + slug + "/settings/");
        browser.clickAndWaitForPage(By.id("claimForm:claim"));

        assertThat(browser.text(By.id("ownerUser"))).contains(displayName(alice));
        assertThat(browser.driver().findElements(By.id("claimForm"))).isEmpty();
    }

    @Test
    void aSiteAdministratorManagesAStrangersPoll() {
        TestAccounts.Credentials alice = TestAccounts.create("bstranger");
        TestAccounts.Credentials admin = TestAccounts.createAdmin("badmin");
        browser.logIn(alice);
        String slug = createPoll("A stranger's poll", List.of(), "A");
        browser.open("/poll/" + slug + "/vote/");
        voteEverywhere("yes");

        switchTo(admin);
        browser.open("/poll/" + slug + "/");
        browser.clickAndWaitForPage(By.cssSelector("#pollGrid a.pi-pencil"));
        voteEverywhere("no");
        assertThat(browser.text(By.cssSelector("body"))).contains("Your vote has been changed.");
        browser.open("/poll/" + slug + "/settings/");
        browser.clickAndWaitForPage(By.id("stateForm:close"));
        assertThat(browser.text(By.id("stateText"))).contains("closed");
    }

    @Test
    void loginRequiredAndOneVotePerUserWithTwoUsers() {
        TestAccounts.Credentials alice = TestAccounts.create("bhost");
        TestAccounts.Credentials bob = TestAccounts.create("bvoter");
        browser.logIn(alice);
        String slug = createPoll("Members vote once", List.of("requireLogin"), "A", "B");
        browser.open("/poll/" + slug + "/vote/");
        voteEverywhere("yes");
        assertThat(browser.driver().findElements(By.id("voteLink")))
                .as("one vote per user")
                .isEmpty();

        browser.driver().manage().deleteAllCookies();
        browser.useLanguage("en");
        browser.open("/poll/" + slug + "/");
        browser.clickAndWaitForPage(By.id("loginToVote"));
        browser.type(By.id("loginForm:username"), bob.username());
        browser.type(By.id("loginForm:password"), bob.password());
        browser.clickAndWaitForPage(By.id("loginForm:logIn"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/poll/" + slug + "/vote/");
        browser.click(By.cssSelector("label[for='voteForm:anonymous']"));
        voteEverywhere("no");

        assertThat(rowNames()).containsExactly(displayName(alice), "Anonymous");
        assertThat(browser.driver().findElements(By.id("voteLink"))).isEmpty();
        browser.clickAndWaitForPage(By.id("ownVoteLink"));
        voteEverywhere("yes");
        assertThat(browser.text(By.cssSelector("body"))).contains("Your vote has been changed.");
        browser.open("/poll/" + slug + "/vote/");
        assertThat(browser.text(By.cssSelector("body")))
                .contains("Only one vote per person is allowed, and you have already voted.");
    }

    @Test
    void aGuestVoteIsAssignedToAUserThroughTheAutocompleteAndThatUserChangesIt() {
        TestAccounts.Credentials alice = TestAccounts.create("bassigner");
        TestAccounts.Credentials bob = TestAccounts.create("bassignee");
        browser.logIn(alice);
        String slug = createPoll("Assign in the browser", List.of(), "A");
        browser.driver().manage().deleteAllCookies();
        browser.useLanguage("en");
        browser.open("/poll/" + slug + "/vote/");
        browser.type(By.id("voteForm:name"), "Carol");
        voteEverywhere("maybe");

        switchTo(alice);
        browser.open("/poll/" + slug + "/");
        browser.clickAndWaitForPage(By.cssSelector("#pollGrid a.assign-vote"));
        browser.type(
                By.id("assignForm:assignee_input"),
                bob.username().substring(0, bob.username().length() - 1));
        browser.find(By.cssSelector("li.ui-autocomplete-item"));
        browser.screenshot("assign-vote-suggestions");
        pickUser("assignForm:assignee_input", bob.username());
        browser.clickAndWaitForPage(By.id("assignForm:assign"));

        assertThat(browser.text(By.cssSelector("body"))).contains("The vote has been assigned.");
        assertThat(rowNames()).containsExactly(displayName(bob));
        switchTo(bob);
        browser.open("/poll/" + slug + "/");
        browser.clickAndWaitForPage(By.id("ownVoteLink"));
        voteEverywhere("yes");
        assertThat(browser.text(By.cssSelector("body"))).contains("Your vote has been changed.");
        assertThat(rowNames()).containsExactly(displayName(bob));
    }
}
