package org.bitpoll.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.bitpoll.it.support.BrowserTestBase;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.TestDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * People of the directory (the tests' slapd, src/test/ldap) log in with their directory password: their account
 * row is made from the directory's names and mail and refreshed at every login, and the administrators' group
 * makes a site administrator.
 */
class DirectoryLoginBrowserIT extends BrowserTestBase {

    @BeforeAll
    static void useEnglish() {
        browser.useLanguage("en");
    }

    @AfterEach
    void logOut() {
        if (!browser.driver().findElements(By.id("userMenu")).isEmpty()) {
            browser.logOut();
        }
    }

    @Test
    void aDirectoryUserLogsInAndSeesTheDisplayNameOfTheDirectory() {
        browser.logIn(TestDirectory.ALICE.username(), TestDirectory.ALICE.password());

        assertThat(browser.text(By.id("userName"))).isEqualTo("Alice Adler (Directory)");
        browser.checkAccessibility();
    }

    @Test
    void aDirectoryUserWithoutDisplayNameGetsARowWithTheDirectorysNamesAndMail() throws SQLException {
        browser.logIn(TestDirectory.BOB.username(), TestDirectory.BOB.password());

        assertThat(browser.text(By.id("userName"))).isEqualTo("Bob Brown");
        assertThat(row("bob")).isEqualTo(new Row("Bob", "Brown", "Bob Brown", "bob@bitpoll.test", false));
    }

    @Test
    void theDirectorysChangesReachTheAccountAtTheNextLogin() throws SQLException {
        browser.logIn(TestDirectory.CAROL.username(), TestDirectory.CAROL.password());
        assertThat(browser.text(By.id("userName"))).isEqualTo("Carol Clarke");
        browser.logOut();

        TestDirectory.modify("dn: uid=carol,ou=people,dc=bitpoll,dc=test\nchangetype: modify\n"
                + "replace: displayName\ndisplayName: Carol Clarke-Neumann\n-\n"
                + "replace: sn\nsn: Clarke-Neumann\n-\n"
                + "replace: mail\nmail: carol.neumann@bitpoll.test\n");
        try {
            browser.logIn(TestDirectory.CAROL.username(), TestDirectory.CAROL.password());

            assertThat(browser.text(By.id("userName"))).isEqualTo("Carol Clarke-Neumann");
            assertThat(row("carol"))
                    .isEqualTo(new Row(
                            "Carol", "Clarke-Neumann", "Carol Clarke-Neumann", "carol.neumann@bitpoll.test", false));
        } finally {
            TestDirectory.modify("dn: uid=carol,ou=people,dc=bitpoll,dc=test\nchangetype: modify\n"
                    + "replace: displayName\ndisplayName: Carol Clarke\n-\n"
                    + "replace: sn\nsn: Clarke\n-\n"
                    + "replace: mail\nmail: carol@bitpoll.test\n");
        }
    }

    @Test
    void theAdministratorsGroupMakesASiteAdministratorAndTheOtherGroupDoesNot() {
        browser.logIn(TestDirectory.ALICE.username(), TestDirectory.ALICE.password());
        browser.click(By.id("userMenuToggle"));
        assertThat(browser.find(By.id("adminLink")).getAttribute("href")).endsWith("/admin/");
        browser.logOut();

        browser.logIn(TestDirectory.BOB.username(), TestDirectory.BOB.password());
        browser.click(By.id("userMenuToggle"));
        assertThat(browser.find(By.id("settingsLink")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElements(By.id("adminLink"))).isEmpty();
    }

    @Test
    void aWrongDirectoryPasswordIsRefusedWithTheUsualMessage() {
        browser.open("/login/");
        browser.type(By.id("loginForm:username"), TestDirectory.BOB.username());
        browser.type(By.id("loginForm:password"), "not-" + TestDirectory.BOB.password());
        browser.clickAndWaitForPage(By.id("loginForm:logIn"));

        assertThat(browser.text(By.id("globalMessages")))
                .contains("Wrong user name or password.")
                .doesNotContain("directory");
        assertThat(browser.driver().findElements(By.id("userMenu"))).isEmpty();
    }

    /** What the account row of a directory user holds. */
    record Row(String firstName, String lastName, String displayName, String email, boolean hasPassword) {}

    private static Row row(String username) throws SQLException {
        try (Connection connection = TestAccounts.connect();
                PreparedStatement query = connection.prepareStatement("SELECT first_name, last_name, display_name,"
                        + " email, password_hash IS NOT NULL FROM account WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet result = query.executeQuery()) {
                assertThat(result.next()).as("the account row of " + username).isTrue();
                return new Row(
                        result.getString(1),
                        result.getString(2),
                        result.getString(3),
                        result.getString(4),
                        result.getBoolean(5));
            }
        }
    }
}
