package org.bitpoll.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bitpoll.it.account.SignedIn;
import org.bitpoll.it.support.BrowserTestBase;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.TestServer;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.vote.PollsToVoteOn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The admin area in Chromium (F33, item 11): a site administrator finds a poll and manages or deletes it through
 * its own pages, finds a user and disables them (who then cannot log in), and flags another user as
 * administrator (who then gets into the admin area at their next login); their own account has no buttons.
 */
class AdminBrowserIT extends BrowserTestBase {

    private TestAccounts.Credentials admin;

    @BeforeEach
    void logInAsAdministrator() {
        browser.driver().manage().deleteAllCookies();
        browser.useLanguage("en");
        admin = TestAccounts.createAdmin("root");
        browser.logIn(admin);
    }

    private static void searchUsers(String text) {
        browser.open("/admin/users/");
        browser.type(By.id("userSearch:userQuery"), text);
        browser.clickAndWaitForUpdate(By.id("userSearch:searchUsers"), By.id("userSearch:users"));
    }

    private static List<WebElement> userRows() {
        return browser.driver().findElements(By.cssSelector("#userSearch\\:users tr.admin-user"));
    }

    @Test
    void anAdministratorFindsAnyPollAndDeletesItThroughItsOwnPages() {
        String title = "Find me " + TestServer.uniqueSlug("admin");
        String slug = PollsToVoteOn.pollWithOptions(new WebClient(), title, Map.of(), "Monday");

        browser.open("/admin/");
        browser.type(By.id("pollSearch:pollQuery"), title.toUpperCase());
        browser.clickAndWaitForUpdate(By.id("pollSearch:searchPolls"), By.id("pollSearch:polls"));
        assertThat(browser.driver().findElements(By.cssSelector(".admin-poll-title")))
                .extracting(WebElement::getText)
                .containsExactly(title);

        browser.clickAndWaitForPage(By.cssSelector(".admin-poll-settings"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/poll/" + slug + "/settings/");
        assertThat(browser.driver().findElements(By.id("settingsForm"))).hasSize(1);
        browser.open("/admin/");
        browser.type(By.id("pollSearch:pollQuery"), slug);
        browser.clickAndWaitForUpdate(By.id("pollSearch:searchPolls"), By.id("pollSearch:polls"));
        browser.clickAndWaitForPage(By.cssSelector(".admin-poll-delete"));
        browser.clickAndWaitForPage(By.id("deleteForm:delete"));
        assertThat(new WebClient().raw("/poll/" + slug + "/").statusCode()).isEqualTo(404);
    }

    @Test
    void aDisabledUserCannotLogInUntilEnabledAgain() {
        TestAccounts.Credentials user = TestAccounts.create("victim");
        assertThat(SignedIn.logsIn(user)).isTrue();

        searchUsers(user.username());
        assertThat(userRows()).hasSize(1);
        browser.clickAndWaitForUpdate(By.cssSelector(".admin-disable"), By.id("userSearch:users"));
        assertThat(browser.text(By.id("globalMessages")))
                .contains("The account " + user.username() + " has been disabled.");
        assertThat(browser.text(By.cssSelector(".admin-active"))).isEqualTo("disabled");
        assertThat(SignedIn.logsIn(user)).isFalse();

        browser.clickAndWaitForUpdate(By.cssSelector(".admin-enable"), By.id("userSearch:users"));
        assertThat(browser.text(By.cssSelector(".admin-active"))).isEqualTo("active");
        assertThat(SignedIn.logsIn(user)).isTrue();
    }

    @Test
    void aFlaggedUserIsAnAdministratorAtTheirNextLoginAndNobodyChangesTheirOwnAccount() {
        TestAccounts.Credentials helper = TestAccounts.create("helper");
        assertThat(SignedIn.client(helper).raw("/admin/").statusCode()).isEqualTo(403);

        searchUsers(helper.username());
        browser.clickAndWaitForUpdate(By.cssSelector(".admin-grant"), By.id("userSearch:users"));
        assertThat(browser.find(By.cssSelector(".admin-flag")).getText()).isEqualTo("administrator");
        assertThat(SignedIn.client(helper).raw("/admin/").statusCode()).isEqualTo(200);

        searchUsers(admin.username());
        assertThat(userRows()).hasSize(1);
        assertThat(userRows().get(0).findElements(By.cssSelector("button"))).isEmpty();
        assertThat(userRows().get(0).getText()).contains("your own account");
    }
}
