package org.bitpoll.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.bitpoll.it.support.BrowserTestBase;
import org.bitpoll.it.support.TestMail;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * In Chromium: a local user registers through the mailed link and logs in; a password reset through the mail; a
 * change of e-mail address confirmed at the new address; a change of password; and the bad input of the
 * registration pages, each with its message next to its field.
 */
class AccountBrowserIT extends BrowserTestBase {

    @RegisterExtension
    static final GreenMailExtension MAIL = TestMail.server();

    @BeforeAll
    static void english() {
        browser.useLanguage("en");
    }

    /** Every test starts logged out. */
    @BeforeEach
    void loggedOut() {
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
    }

    private static void fillRegistration(String username, String email) {
        browser.open("/register/");
        browser.type(By.id("registerForm:username"), username);
        browser.type(By.id("registerForm:firstName"), "Anna");
        browser.type(By.id("registerForm:lastName"), "Kowalski");
        browser.type(By.id("registerForm:email"), email);
        browser.clickAndWaitForPage(By.id("registerForm:submit"));
    }

    private static void choosePassword(String form, String password, String confirmation, String button) {
        browser.type(By.id(form + ":password"), password);
        browser.type(By.id(form + ":confirmation"), confirmation);
        browser.clickAndWaitForPage(By.id(form + ":" + button));
    }

    private static String headerName() {
        return browser.text(By.id("userName"));
    }

    @Test
    void aLocalUserRegistersThroughTheMailedLinkAndLogsIn() {
        String username = Registrations.unique("maria");
        String email = Registrations.address(username);

        fillRegistration(username, email);
        assertThat(browser.text(By.id("sentTo"))).isEqualTo(email);
        String link = TestMail.awaitOne(MAIL, email).linkPath("/register/");
        browser.open(link);
        assertThat(browser.text(By.id("username"))).isEqualTo(username);
        choosePassword("createForm", Registrations.GOOD_PASSWORD, Registrations.GOOD_PASSWORD, "create");

        assertThat(browser.text(By.id("globalMessages"))).contains("Your account has been created");
        assertThat(headerName()).contains(username);
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.logIn(username, Registrations.GOOD_PASSWORD);
        assertThat(headerName()).contains(username);
        browser.screenshot("account-registered");
    }

    @Test
    void aForgottenPasswordIsResetThroughTheMail() {
        String username = Registrations.registered(MAIL, "nina");
        String email = Registrations.address(username);

        browser.open("/password-reset/");
        browser.type(By.id("resetForm:email"), email);
        browser.clickAndWaitForPage(By.id("resetForm:submit"));
        assertThat(browser.text(By.id("requested"))).contains("If a local account has this address");
        String link = TestMail.await(MAIL, 2).get(1).linkPath("/password-reset/");
        browser.open(link);
        assertThat(browser.text(By.id("username"))).isEqualTo(username);
        choosePassword("newPasswordForm", "Neue-Tulpen-2027", "Neue-Tulpen-2027", "save");

        assertThat(browser.driver().getCurrentUrl()).contains("/login/");
        assertThat(browser.text(By.id("globalMessages"))).contains("Your password has been set.");
        browser.logIn(username, "Neue-Tulpen-2027");
        assertThat(headerName()).contains(username);
    }

    @Test
    void aNewAddressTakesEffectWhenTheLinkMailedToItIsFollowed() {
        String username = Registrations.registered(MAIL, "olga");
        String newEmail = Registrations.address(Registrations.unique("olga.new"));
        browser.logIn(username, Registrations.GOOD_PASSWORD);

        browser.open("/account/email/");
        assertThat(browser.text(By.id("currentEmail"))).isEqualTo(Registrations.address(username));
        browser.type(By.id("emailForm:email"), newEmail);
        browser.clickAndWaitForPage(By.id("emailForm:submit"));
        assertThat(browser.text(By.id("sentTo"))).isEqualTo(newEmail);
        TestMail.Mail mail = TestMail.await(MAIL, 2).get(1);
        assertThat(mail.to()).containsExactly(newEmail);
        browser.open(mail.linkPath("/account/email/"));
        assertThat(browser.text(By.id("newEmail"))).isEqualTo(newEmail);
        browser.clickAndWaitForPage(By.id("confirmForm:confirm"));

        assertThat(browser.text(By.id("globalMessages"))).contains("Your e-mail address has been changed.");
        assertThat(browser.text(By.id("currentEmail"))).isEqualTo(newEmail);
    }

    @Test
    void aNewPasswordNeedsTheOldOne() {
        String username = Registrations.registered(MAIL, "paul");
        browser.logIn(username, Registrations.GOOD_PASSWORD);
        browser.open("/account/password/");

        browser.type(By.id("passwordForm:oldPassword"), "Falsch-Falsch-1");
        choosePassword("passwordForm", "Neue-Tulpen-2028", "Neue-Tulpen-2028", "change");
        assertThat(browser.text(By.id("passwordForm:oldPasswordMessage")))
                .contains("The current password is not right.");
        browser.type(By.id("passwordForm:oldPassword"), Registrations.GOOD_PASSWORD);
        choosePassword("passwordForm", "Neue-Tulpen-2028", "Neue-Tulpen-2028", "change");

        assertThat(browser.text(By.id("globalMessages"))).contains("Your password has been changed.");
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.logIn(username, "Neue-Tulpen-2028");
        assertThat(headerName()).contains(username);
    }

    @Test
    void badInputOnTheRegistrationPagesIsAMessageNextToItsField() {
        String taken = Registrations.registered(MAIL, "quirin");

        fillRegistration(Registrations.unique("quirin"), Registrations.address(taken));
        assertThat(browser.text(By.id("registerForm:emailMessage")))
                .contains("This address already belongs to an account.");
        fillRegistration("quirin/" + taken, Registrations.address(Registrations.unique("q")));
        assertThat(browser.text(By.id("registerForm:usernameMessage")))
                .contains("The user name may contain only letters, digits and @ . + - _.");
        fillRegistration(taken, Registrations.address(Registrations.unique("q")));
        assertThat(browser.text(By.id("registerForm:usernameMessage"))).contains("This user name is already taken.");

        String username = Registrations.unique("rosa");
        fillRegistration(username, Registrations.address(username));
        browser.open(TestMail.await(MAIL, 2).get(1).linkPath("/register/"));
        choosePassword("createForm", "zu-kurz", "zu-kurz", "create");
        assertThat(browser.text(By.id("createForm:passwordMessage")))
                .contains("The password is too short: it needs at least 10 characters.");
        choosePassword("createForm", Registrations.GOOD_PASSWORD, Registrations.GOOD_PASSWORD + "!", "create");
        assertThat(browser.text(By.id("createForm:confirmationMessage")))
                .contains("The two passwords are not the same.");
    }
}
