package org.bitpoll.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.UUID;
import org.bitpoll.it.support.BrowserTestBase;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.TestDirectory;
import org.bitpoll.it.support.TestMail;
import org.bitpoll.it.support.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Groups in Chromium (F26): a user reaches the groups from the menu, a bad name is refused with its message, a
 * group is made, a user invited through the autocomplete gets the mail and accepts, and then manages a poll the
 * group owns; the sole admin cannot leave and is told why. A directory user finds the directory's group read-only.
 */
class GroupBrowserIT extends BrowserTestBase {

    @RegisterExtension
    static final GreenMailExtension MAIL = TestMail.server();

    @BeforeEach
    void loggedOutInEnglish() {
        browser.driver().manage().deleteAllCookies();
        browser.useLanguage("en");
    }

    private static String body() {
        return browser.text(By.cssSelector("body"));
    }

    private static void createGroup(String name) {
        browser.type(By.id("createForm:groupName"), name);
        browser.clickAndWaitForPage(By.id("createForm:create"));
    }

    @Test
    void aMemberWhoAcceptedAnInvitationManagesAPollTheGroupOwnsAndTheSoleAdminCannotLeave() {
        TestAccounts.Credentials ada = TestAccounts.create("gada");
        TestAccounts.Credentials ben = TestAccounts.create("gben");
        String name = "Team-" + UUID.randomUUID().toString().substring(0, 8);
        browser.logIn(ada);

        browser.click(By.id("userMenuToggle"));
        browser.clickAndWaitForPage(By.id("groupsLink"));
        createGroup("1st-team");
        assertThat(browser.text(By.id("createForm:groupNameMessage"))).contains("Invalid group name.");
        createGroup("ab");
        assertThat(browser.text(By.id("createForm:groupNameMessage")))
                .contains("The group name must be at least 3 characters.");
        createGroup(name);
        assertThat(body()).contains("Group \"" + name + "\" was created.");
        assertThat(browser.text(By.id("groupTitle"))).contains(name);
        assertThat(browser.text(By.id("members"))).contains("Test Tester (" + ada.username() + ")", "Group admin");

        browser.type(By.id("inviteForm:invitees_input"), ben.username());
        browser.click(By.cssSelector("li.ui-autocomplete-item[data-item-value='" + ben.username() + "']"));
        browser.clickAndWaitForPage(By.id("inviteForm:invite"));
        assertThat(body()).contains("Invitations sent: 1.");
        assertThat(browser.text(By.id("openInvitations"))).contains(ben.username());
        TestMail.Mail mail = TestMail.awaitOne(MAIL, ben.username() + "@example.org");
        assertThat(mail.subject()).isEqualTo("New group invitation at Bitpoll");
        assertThat(mail.body()).contains(name, "Test Tester (" + ada.username() + ")");
        assertThat(mail.linkPath("/groups/")).isEqualTo("/groups/");

        browser.clickAndWaitForPage(By.cssSelector("#membersForm button[id$=':leave']"));
        assertThat(body())
                .contains("You are the sole group admin. Please terminate the group or appoint another group admin.");
        assertThat(browser.text(By.id("members"))).contains(ada.username());

        String slug = TestServer.uniqueSlug("grouppoll");
        browser.open("/");
        browser.click(By.cssSelector("label[for='createForm:type:2']"));
        browser.type(By.id("createForm:title"), "Owned by the group");
        browser.expand(By.cssSelector("#createForm\\:advanced legend"), By.id("createForm:slug"));
        browser.type(By.id("createForm:slug"), slug);
        browser.clickAndWaitForPage(By.id("createForm:create"));
        browser.open("/poll/" + slug + "/settings/");
        new Select(browser.find(By.id("ownerForm:ownerGroup"))).selectByVisibleText(name);
        browser.clickAndWaitForPage(By.id("ownerForm:changeOwner"));
        assertThat(browser.text(By.id("ownerGroupName"))).contains(name);

        browser.driver().manage().deleteAllCookies();
        browser.useLanguage("en");
        browser.logIn(ben);
        browser.open("/poll/" + slug + "/settings/");
        assertThat(browser.driver().getTitle()).contains("Not allowed");
        browser.open("/groups/");
        assertThat(browser.text(By.id("invitations"))).contains(name, ada.username());
        browser.clickAndWaitForPage(By.cssSelector("#invitationsForm button[id$=':accept']"));
        assertThat(body()).contains("You joined the group.");
        assertThat(browser.text(By.id("members"))).contains("Test Tester (" + ben.username() + ")");

        browser.open("/poll/" + slug + "/settings/");
        browser.type(By.id("settingsForm:title"), "Renamed by a group member");
        browser.clickAndWaitForPage(By.id("settingsForm:save"));
        assertThat(browser.find(By.id("settingsForm:title")).getAttribute("value"))
                .isEqualTo("Renamed by a group member");
    }

    @Test
    void aDirectoryUserFindsTheDirectorysGroupReadOnly() {
        browser.logIn(TestDirectory.BOB.username(), TestDirectory.BOB.password());

        browser.open("/groups/");
        browser.clickAndWaitForPage(By.xpath("//a[@class='group-link' and text()='staff']"));

        assertThat(browser.find(By.id("directoryGroup")).getText()).contains("comes from the directory");
        assertThat(browser.text(By.id("members"))).contains("Bob Brown (bob)");
        assertThat(browser.driver().findElements(By.cssSelector("#membersForm button")))
                .isEmpty();
        assertThat(browser.driver().findElements(By.id("inviteForm"))).isEmpty();
    }
}
