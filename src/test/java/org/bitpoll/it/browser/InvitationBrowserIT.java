package org.bitpoll.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bitpoll.it.account.SignedIn;
import org.bitpoll.it.support.BrowserTestBase;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.TestMail;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.vote.PollsToVoteOn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Invitations and reminders in Chromium, with the mails in the tests' SMTP server: an owner invites a user (picked
 * with the autocomplete) and a group (made in the database, as the groups feature would), whose members are
 * invited as they are now; the invitees get the mail in their language with the vote form's address, except the
 * member who refuses invitation mails, which the list says; an uninvited user is refused on the invitation-only
 * poll; the invitee's vote shows the invitation fulfilled and takes their empty row off the poll page; and the
 * manager's reminder and the automatic one (the test server's timer runs every three seconds) reach only the
 * invitee who has not voted.
 */
class InvitationBrowserIT extends BrowserTestBase {

    @RegisterExtension
    static final GreenMailExtension MAIL = TestMail.server();

    private static void sql(String statement, String... parameters) {
        try (Connection connection = TestAccounts.connect();
                PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setString(i + 1, parameters[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A group with these members, written as the groups feature stores it. */
    private static String group(TestAccounts.Credentials... members) {
        String name = "team-" + UUID.randomUUID().toString().substring(0, 8);
        sql("INSERT INTO user_group (id, name) VALUES (nextval('user_group_seq'), ?)", name);
        for (TestAccounts.Credentials member : members) {
            sql(
                    "INSERT INTO group_member (group_id, account_id) SELECT g.id, a.id FROM user_group g, account a"
                            + " WHERE g.name = ? AND a.username = ?",
                    name,
                    member.username());
        }
        return name;
    }

    private static String displayName(TestAccounts.Credentials account) {
        return "Test (" + account.username() + ")";
    }

    private static List<String> texts(By by) {
        return browser.driver().findElements(by).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static void switchTo(TestAccounts.Credentials account) {
        browser.driver().manage().deleteAllCookies();
        browser.useLanguage("en");
        browser.logIn(account);
    }

    @Test
    void anOwnerInvitesAUserAndAGroupAndTheRemindersReachOnlyWhoHasNotVoted() {
        TestAccounts.Credentials owner = TestAccounts.create("host");
        TestAccounts.Credentials anna = TestAccounts.create("anna");
        TestAccounts.Credentials bert = TestAccounts.create("bert");
        TestAccounts.Credentials erik = TestAccounts.create("erik");
        TestAccounts.Credentials dora = TestAccounts.create("dora");
        sql("UPDATE account SET language = 'de' WHERE username = ?", bert.username());
        sql("UPDATE account SET email_invitation = FALSE WHERE username = ?", erik.username());
        String team = group(bert, erik);
        WebClient ownerClient = SignedIn.client(owner);
        String slug = PollsToVoteOn.pollWithOptions(
                ownerClient,
                "Team lunch",
                Map.of("createForm:dueDate_input", LocalDate.now().plusDays(3) + " 12:00"),
                "Pizza",
                "Sushi");
        PollsToVoteOn.changeSettings(ownerClient, slug, Map.of("requireInvitation", "on"));

        switchTo(owner);
        browser.open("/poll/" + slug + "/invitations/");
        browser.type(
                By.id("inviteForm:inviteeNames_input"),
                team + " " + anna.username().substring(0, 10));
        browser.click(
                By.cssSelector("li.ui-autocomplete-item[data-item-value='" + team + " " + anna.username() + "']"));
        browser.clickAndWaitForPage(By.id("inviteForm:invite"));

        String page = browser.text(By.tagName("body"));
        assertThat(page)
                .contains("Invited and mailed: " + displayName(anna) + ", " + displayName(bert))
                .contains("Invited without a mail, as they do not want invitation mails: " + displayName(erik));
        assertThat(texts(By.cssSelector("#invitationTable tr.invitation.pending td.invitee")))
                .containsExactly(displayName(anna), displayName(bert), displayName(erik));
        assertThat(browser.text(By.cssSelector("#invitationTable tr.invitation:nth-child(3) .invitation-mailed")))
                .contains("does not want invitation mails");
        List<TestMail.Mail> invitations = TestMail.await(MAIL, 2);
        TestMail.Mail toAnna = invitations.stream()
                .filter(mail -> mail.to().contains(anna.username() + "@example.org"))
                .findFirst()
                .orElseThrow();
        TestMail.Mail toBert = invitations.stream()
                .filter(mail -> mail.to().contains(bert.username() + "@example.org"))
                .findFirst()
                .orElseThrow();
        assertThat(toAnna.subject()).isEqualTo("Invitation to vote on \"Team lunch\"");
        assertThat(toAnna.linkPath("/poll/")).isEqualTo("/poll/" + slug + "/vote/");
        assertThat(toBert.subject()).isEqualTo("Einladung zur Abstimmung über „Team lunch“");
        assertThat(toBert.body()).startsWith("Hallo " + displayName(bert));

        switchTo(dora);
        browser.open("/poll/" + slug + "/");
        assertThat(browser.driver().findElements(By.id("voteLink"))).isEmpty();
        browser.open("/poll/" + slug + "/vote/");
        assertThat(browser.text(By.tagName("body"))).contains("Only invited people can vote in this poll.");
        assertThat(browser.driver().findElements(By.id("voteForm:save"))).isEmpty();
        switchTo(bert);
        browser.open("/poll/" + slug + "/");
        assertThat(browser.driver().findElements(By.id("voteLink"))).hasSize(1);

        PollsToVoteOn.vote(SignedIn.client(anna), slug, "ignored", "yes", "no");
        switchTo(owner);
        browser.open("/poll/" + slug + "/");
        assertThat(browser.text(By.id("invitationBadge"))).isEqualTo("Invitation required");
        assertThat(texts(By.cssSelector("#pollGrid tr.invitation th")))
                .containsExactly(displayName(bert), displayName(erik));
        browser.open("/poll/" + slug + "/invitations/");
        assertThat(texts(By.cssSelector("#invitationTable tr.invitation.fulfilled td.invitee")))
                .containsExactly(displayName(anna));

        browser.clickAndWaitForPage(By.id("remindForm:remind"));
        assertThat(browser.text(By.tagName("body")))
                .contains("Mailed in the last 12 hours, so not reminded again yet: " + displayName(bert))
                .doesNotContain("Reminder sent to");
        sql(
                "UPDATE invitation SET last_email = last_email - INTERVAL '13' HOUR"
                        + " WHERE poll_id = (SELECT id FROM poll WHERE url = ?)",
                slug);
        browser.clickAndWaitForPage(By.id("remindForm:remind"));
        assertThat(browser.text(By.tagName("body"))).contains("Reminder sent to: " + displayName(bert));
        TestMail.Mail reminder = TestMail.await(MAIL, 3).get(2);
        assertThat(reminder.to()).containsExactly(bert.username() + "@example.org");
        assertThat(reminder.subject()).isEqualTo("Erinnerung: Bitte stimmen Sie über „Team lunch“ ab");

        browser.type(By.id("reminderForm:reminderDays"), "5");
        browser.clickAndWaitForPage(By.id("reminderForm:saveReminder"));
        assertThat(browser.text(By.tagName("body"))).contains("The automatic reminder was saved.");
        TestMail.Mail automatic = TestMail.await(MAIL, 4).get(3);
        assertThat(automatic.to()).containsExactly(bert.username() + "@example.org");
        assertThat(automatic.body()).contains("Die Abstimmung endet am");
        browser.open("/poll/" + slug + "/invitations/");
        assertThat(browser.text(By.cssSelector("#invitationTable tr.invitation:nth-child(2) .invitation-mailed")))
                .contains("Reminded automatically");
        assertThat(MAIL.getReceivedMessages()).hasSize(4);
    }
}
