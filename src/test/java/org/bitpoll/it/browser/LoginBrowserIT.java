package org.bitpoll.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.bitpoll.it.support.BrowserTestBase;
import org.bitpoll.it.support.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A person logs in on the login page with a local account, sees their name with the menu in the header, goes back
 * to the page that sent them, and logs out; wrong passwords are refused with one message.
 */
class LoginBrowserIT extends BrowserTestBase {

    @BeforeAll
    static void useEnglish() {
        browser.useLanguage("en");
    }

    @Test
    void aLocalUserLogsInFromAPageAndIsBackThereWithTheirMenu() {
        TestAccounts.Credentials account = TestAccounts.create("anna");
        browser.open("/about/");
        browser.clickAndWaitForPage(By.id("loginLink"));
        assertThat(URI.create(browser.driver().getCurrentUrl()).getPath()).isEqualTo("/login/");

        browser.type(By.id("loginForm:username"), account.username());
        browser.type(By.id("loginForm:password"), account.password());
        browser.clickAndWaitForPage(By.id("loginForm:logIn"));

        assertThat(URI.create(browser.driver().getCurrentUrl()).getPath()).isEqualTo("/about/");
        assertThat(browser.text(By.id("userName"))).isEqualTo("Test (" + account.username() + ")");
        browser.click(By.id("userMenuToggle"));
        assertThat(browser.find(By.id("settingsLink")).isDisplayed()).isTrue();
        assertThat(browser.find(By.id("myPollsLink")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElements(By.id("adminLink"))).isEmpty();
        browser.checkAccessibility();

        browser.clickAndWaitForPage(By.id("logoutButton"));
        assertThat(browser.find(By.id("loginLink")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElements(By.id("userMenu"))).isEmpty();
    }

    @Test
    void aWrongPasswordAndAnUnknownUserAreRefusedAlike() {
        TestAccounts.Credentials account = TestAccounts.create("berta");
        browser.open("/login/");
        browser.type(By.id("loginForm:username"), account.username());
        browser.type(By.id("loginForm:password"), "wrong password");
        browser.clickAndWaitForPage(By.id("loginForm:logIn"));
        String wrongPassword = browser.text(By.id("globalMessages"));

        browser.type(By.id("loginForm:username"), "nobody-" + account.username());
        browser.type(By.id("loginForm:password"), account.password());
        browser.clickAndWaitForPage(By.id("loginForm:logIn"));

        assertThat(wrongPassword).contains("Wrong user name or password.");
        assertThat(browser.text(By.id("globalMessages"))).isEqualTo(wrongPassword);
        assertThat(browser.driver().findElements(By.id("userMenu"))).isEmpty();
    }

    @Test
    void emptyFieldsAreNamed() {
        browser.open("/login/");
        browser.clickAndWaitForPage(By.id("loginForm:logIn"));

        assertThat(browser.text(By.id("loginForm:usernameMessage"))).contains("Please enter your user name.");
        assertThat(browser.text(By.id("loginForm:passwordMessage"))).contains("Please enter your password.");
    }

    @Test
    void aSiteAdministratorSeesTheAdministrationEntry() {
        TestAccounts.Credentials admin = TestAccounts.createAdmin("chief");
        browser.logIn(admin);

        browser.click(By.id("userMenuToggle"));
        assertThat(browser.find(By.id("adminLink")).getAttribute("href")).endsWith("/admin/");
        browser.logOut();
    }
}
