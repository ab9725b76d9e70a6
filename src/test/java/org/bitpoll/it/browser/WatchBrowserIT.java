package org.bitpoll.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.bitpoll.it.account.SignedIn;
import org.bitpoll.it.support.BrowserTestBase;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.TestMail;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.vote.PollsToVoteOn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * In Chromium: a user watches a poll (in German), another user votes, and the watcher's mail arrives in German
 * with the voter's name and the poll's link, while the voter, who watches by auto-watch, gets none for their own
 * vote; from the mailed link the watcher stops watching, and the next vote reaches only the voter.
 */
class WatchBrowserIT extends BrowserTestBase {

    @RegisterExtension
    static final GreenMailExtension MAIL = TestMail.server();

    private static void autoWatch(TestAccounts.Credentials account) {
        try (Connection connection = TestAccounts.connect();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE account SET auto_watch = TRUE WHERE username = ?")) {
            update.setString(1, account.username());
            assertThat(update.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aWatcherIsMailedInTheirLanguageAboutAnotherUsersVoteAndStopsFromTheMailedLink() {
        String slug = PollsToVoteOn.pollWithOptions(new WebClient(), "Team dinner", Map.of(), "Friday", "Saturday");
        TestAccounts.Credentials watcher = TestAccounts.create("watcher");
        TestAccounts.Credentials voter = TestAccounts.create("voter");
        autoWatch(voter);
        String watcherAddress = watcher.username() + "@example.org";
        String voterAddress = voter.username() + "@example.org";

        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.logIn(watcher);
        browser.useLanguage("de");
        browser.open("/poll/" + slug + "/");
        assertThat(browser.text(By.id("watchForm:watch"))).contains("Umfrage beobachten");
        browser.clickAndWaitForUpdate(By.id("watchForm:watch"), By.id("watchForm:watch"));
        assertThat(browser.text(By.id("watchForm:unwatch"))).contains("Nicht mehr beobachten");
        assertThat(browser.text(By.id("globalMessages"))).contains("Sie beobachten diese Umfrage");
        browser.checkAccessibility();

        PollsToVoteOn.vote(SignedIn.client(voter), slug, null, "yes", "no");

        TestMail.Mail mail = TestMail.awaitOne(MAIL, watcherAddress);
        assertThat(mail.subject()).contains("Neue Stimme", "Team dinner");
        assertThat(mail.body()).contains("Test (" + voter.username() + ") hat in der Umfrage");
        String link = mail.linkPath("/poll/");
        assertThat(link).isEqualTo("/poll/" + slug + "/");

        browser.open(link);
        browser.clickAndWaitForUpdate(By.id("watchForm:unwatch"), By.id("watchForm:unwatch"));
        assertThat(browser.text(By.id("watchForm:watch"))).contains("Umfrage beobachten");
        assertThat(browser.text(By.id("globalMessages"))).contains("nicht mehr");

        PollsToVoteOn.vote(new WebClient(), slug, "Gina", "no", "yes");

        List<TestMail.Mail> mails = TestMail.await(MAIL, 2);
        assertThat(mails).extracting(m -> m.to().get(0)).containsExactly(watcherAddress, voterAddress);
        assertThat(mails.get(1).subject()).contains("New vote", "Team dinner");
        assertThat(mails.get(1).body()).contains("Gina has voted");
        browser.screenshot("watch-stopped");
    }
}
