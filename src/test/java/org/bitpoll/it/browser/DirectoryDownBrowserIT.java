package org.bitpoll.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.bitpoll.it.support.BrowserTestBase;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.TestDirectory;
import org.bitpoll.it.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * While the directory is down (the tests' slapd stopped; this class runs alone, as every test class does, and starts
 * it again at the end): local users still log in, a directory user is told that the directory cannot be reached
 * instead of a wrong password, no new user name is given (it cannot be checked against the directory), and once it
 * is back, directory users log in again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectoryDownBrowserIT extends BrowserTestBase {

    private static final String UNREACHABLE = "The directory cannot be reached right now";

    @BeforeAll
    static void stopTheDirectory() {
        browser.useLanguage("en");
        TestDirectory.stop();
    }

    @AfterAll
    static void startTheDirectory() {
        TestDirectory.start();
    }

    @Test
    @Order(1)
    void aLocalUserStillLogsIn() {
        TestAccounts.Credentials account = TestAccounts.create("offline");

        browser.logIn(account);

        assertThat(browser.text(By.id("userName"))).isEqualTo("Test (" + account.username() + ")");
        browser.logOut();
    }

    @Test
    @Order(2)
    void aDirectoryUserIsToldTheDirectoryCannotBeReached() {
        attemptLogin(TestDirectory.BOB.username(), TestDirectory.BOB.password());

        assertThat(browser.text(By.id("globalMessages")))
                .contains(UNREACHABLE)
                .contains("try again later")
                .doesNotContain("Wrong user name or password");
        assertThat(browser.driver().findElements(By.id("userMenu"))).isEmpty();
        assertThat(browser.find(By.id("loginForm:username")).isDisplayed()).isTrue();
        browser.checkAccessibility();
    }

    @Test
    @Order(3)
    void theAnswerIsTheLoginPageWithTheMessageNeverAServerError() {
        WebClient client = new WebClient();
        WebClient.Page form = client.get("/login/");

        WebClient.Page answer = client.submit(
                form,
                "loginForm",
                Map.of(
                        "loginForm:username",
                        TestDirectory.CAROL.username(),
                        "loginForm:password",
                        TestDirectory.CAROL.password()),
                "loginForm:logIn");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.uri().getPath()).isEqualTo("/login/");
        assertThat(answer.html().getElementById("globalMessages").text()).contains(UNREACHABLE);
        assertThat(answer.html().getElementById("userMenu")).isNull();
    }

    @Test
    @Order(4)
    void aLocalUsersWrongPasswordIsStillAWrongPassword() {
        TestAccounts.Credentials account = TestAccounts.create("offline");

        attemptLogin(account.username(), "not-" + account.password());

        assertThat(browser.text(By.id("globalMessages")))
                .contains("Wrong user name or password.")
                .doesNotContain(UNREACHABLE);
    }

    @Test
    @Order(4)
    void noNewUserNameIsGivenWhileItCannotBeCheckedAgainstTheDirectory() {
        WebClient client = new WebClient();
        WebClient.Page form = client.get("/register/");
        String name = "offline-" + java.util.UUID.randomUUID().toString().substring(0, 8);

        WebClient.Page answer = client.submit(
                form,
                "registerForm",
                Map.of(
                        "registerForm:username",
                        name,
                        "registerForm:firstName",
                        "Olga",
                        "registerForm:lastName",
                        "Offline",
                        "registerForm:email",
                        name + "@example.org"),
                "registerForm:submit");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.html().getElementById("registerForm:usernameMessage").text())
                .contains("The directory cannot be reached right now, so no new user name can be checked");
        assertThat(answer.html().getElementById("sentTo")).isNull();
    }

    @Test
    @Order(5)
    void onceTheDirectoryIsBackItsUsersLogInAgain() {
        TestDirectory.start();

        browser.logIn(TestDirectory.BOB.username(), TestDirectory.BOB.password());

        assertThat(browser.text(By.id("userName"))).isEqualTo("Bob Brown");
        browser.logOut();
    }

    private static void attemptLogin(String username, String password) {
        browser.open("/login/");
        browser.type(By.id("loginForm:username"), username);
        browser.type(By.id("loginForm:password"), password);
        browser.clickAndWaitForPage(By.id("loginForm:logIn"));
    }
}
