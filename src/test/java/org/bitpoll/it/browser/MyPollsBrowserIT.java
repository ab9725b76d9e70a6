package org.bitpoll.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.bitpoll.it.account.SignedIn;
import org.bitpoll.it.support.BrowserTestBase;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.vote.PollsToVoteOn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "My polls" and leaving, in Chromium: the list shows the polls a person owns, voted in and watches, latest due date first,
 * with the reference's tags; deleting the account lists the polls that go with it, deletes them, keeps the votes
 * elsewhere as anonymous ones, and logs the person out.
 */
class MyPollsBrowserIT extends BrowserTestBase {

    private TestAccounts.Credentials user;
    private WebClient userClient;

    @BeforeEach
    void newUser() {
        browser.driver().manage().deleteAllCookies();
        browser.useLanguage("en");
        user = TestAccounts.create("mine");
        userClient = SignedIn.client(user);
    }

    private static List<String> tagsOf(WebElement row) {
        return row.findElements(By.cssSelector(".tag")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Watching a poll comes with issue 9; until then the row is written as that feature will write it. */
    private static void watch(String slug, TestAccounts.Credentials account) {
        try (Connection connection = TestAccounts.connect();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO poll_watch (id, poll_id,"
                        + " account_id) VALUES (nextval('poll_watch_seq'), (SELECT id FROM poll WHERE url = ?),"
                        + " (SELECT id FROM account WHERE username = ?))")) {
            insert.setString(1, slug);
            insert.setString(2, account.username());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void myPollsShowsOwnedVotedAndWatchedPollsWithTheirTagsLatestDueDateFirst() {
        String owned = PollsToVoteOn.pollWithOptions(
                userClient, "Owned in 2031", Map.of("createForm:dueDate_input", "2031-01-01 12:00"), "Monday");
        String undated = PollsToVoteOn.pollWithOptions(userClient, "Owned without date", Map.of(), "Tuesday");
        String voted = PollsToVoteOn.pollWithOptions(
                new WebClient(), "Voted in 2032", Map.of("createForm:dueDate_input", "2032-01-01 12:00"), "Pizza");
        PollsToVoteOn.vote(userClient, voted, "ignored", "yes");
        String watched = PollsToVoteOn.pollWithOptions(
                new WebClient(), "Watched in 2030", Map.of("createForm:dueDate_input", "2030-06-01 12:00"), "Tea");
        watch(watched, user);
        PollsToVoteOn.pollWithOptions(new WebClient(), "Not mine", Map.of(), "Sushi");

        browser.logIn(user);
        browser.open("/account/polls/");

        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#myPolls tr.my-poll"));
        assertThat(rows)
                .extracting(
                        row -> row.findElement(By.cssSelector(".my-poll-title")).getText())
                .containsExactly("Voted in 2032", "Owned in 2031", "Watched in 2030", "Owned without date");
        assertThat(rows.get(0).findElement(By.tagName("a")).getAttribute("href"))
                .endsWith("/poll/" + voted + "/");
        assertThat(tagsOf(rows.get(0))).containsExactly("Not owner", "Not own group", "Voted", "Not watching");
        assertThat(tagsOf(rows.get(1))).containsExactly("Owner", "Not own group", "Not voted", "Not watching");
        assertThat(tagsOf(rows.get(2))).containsExactly("Not owner", "Not own group", "Not voted", "Watching");
        assertThat(rows.get(3).findElement(By.tagName("a")).getAttribute("href"))
                .endsWith("/poll/" + undated + "/");
        assertThat(rows.get(3).findElement(By.cssSelector(".my-poll-due")).getText())
                .isEqualTo("none");
        assertThat(owned).isNotEqualTo(undated);
    }

    @Test
    void deletingTheAccountDeletesItsPollsAndKeepsItsVotesAnonymously() {
        String owned = PollsToVoteOn.pollWithOptions(userClient, "Goes with me", Map.of(), "Monday");
        String others = PollsToVoteOn.pollWithOptions(new WebClient(), "Stays without me", Map.of(), "Pizza");
        PollsToVoteOn.vote(userClient, others, "ignored", "yes");

        browser.logIn(user);
        browser.open("/account/delete/");
        assertThat(browser.driver().findElements(By.cssSelector("#deletedPolls li")))
                .extracting(WebElement::getText)
                .containsExactly("Goes with me");
        browser.clickAndWaitForPage(By.id("deleteAccountForm:deleteAccount"));

        assertThat(browser.text(By.id("accountDeleted"))).contains("Your account has been deleted");
        assertThat(browser.driver().getPageSource()).doesNotContain(user.username());
        assertThat(new WebClient().raw("/poll/" + owned + "/").statusCode()).isEqualTo(404);
        WebClient.Page stays = new WebClient().get("/poll/" + others + "/");
        assertThat(stays.html().select("#pollGrid tbody tr th").eachText()).containsExactly("Anonymous");
        assertThat(stays.html().select("#pollGrid tbody tr th.anonymous")).hasSize(1);
        assertThat(stays.html().select("#pollGrid tbody tr td").first().text()).isEqualTo("yes");
        browser.open("/account/");
        assertThat(browser.driver().getCurrentUrl()).contains("/login/");
    }
}
