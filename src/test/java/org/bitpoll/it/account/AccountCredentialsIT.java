package org.bitpoll.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.http.HttpResponse;
import java.util.Map;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.TestMail;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A person's own address and password over HTTP (F29): guests are sent to the login page and back, the
 * confirmation link works only for the account that asked, a taken address and a wrong old password are
 * messages.
 */
class AccountCredentialsIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = TestMail.server();

    private static WebClient loggedIn(TestAccounts.Credentials account) {
        WebClient client = new WebClient();
        LoginIT.logIn(client, account.username(), account.password());
        return client;
    }

    private static Page requestChange(WebClient client, String email) {
        Page form = client.get("/account/email/");
        return client.submit(form, "emailForm", Map.of("emailForm:email", email), "emailForm:submit");
    }

    @Test
    void guestsAreAskedToLogInAndComeBack() {
        HttpResponse<String> email = new WebClient().raw("/account/email/");
        HttpResponse<String> password = new WebClient().raw("/account/password/");

        assertThat(email.statusCode()).isEqualTo(302);
        assertThat(email.headers().firstValue("Location").orElseThrow()).endsWith("/login/?next=%2Faccount%2Femail%2F");
        assertThat(password.statusCode()).isEqualTo(302);
        assertThat(password.headers().firstValue("Location").orElseThrow())
                .endsWith("/login/?next=%2Faccount%2Fpassword%2F");
    }

    @Test
    void theConfirmationLinkWorksOnlyForTheAccountThatAskedAndOnlyOnce() {
        TestAccounts.Credentials asker = TestAccounts.create("sara");
        TestAccounts.Credentials other = TestAccounts.create("tom");
        String newEmail = Registrations.address(Registrations.unique("sara.new"));
        WebClient client = loggedIn(asker);

        Page sent = requestChange(client, newEmail);
        assertThat(sent.html().getElementById("sentTo").text()).isEqualTo(newEmail);
        String link = TestMail.awaitOne(MAIL, newEmail).linkPath("/account/email/");
        Page foreign = loggedIn(other).get(link);
        Page mine = client.get(link);
        Page confirmed = client.submit(mine, "confirmForm", Map.of(), "confirmForm:confirm");
        Page again = client.get(link);

        assertThat(foreign.status()).isEqualTo(200);
        assertThat(foreign.text()).contains("This link belongs to another account.");
        assertThat(foreign.html().getElementById("confirmForm")).isNull();
        assertThat(confirmed.text()).contains("Your e-mail address has been changed.");
        assertThat(confirmed.html().getElementById("currentEmail").text()).isEqualTo(newEmail);
        assertThat(again.text()).contains("This link has been used already.");
    }

    @Test
    void aTakenAddressAndAWrongOldPasswordAreMessages() {
        TestAccounts.Credentials account = TestAccounts.create("ulla");
        TestAccounts.Credentials other = TestAccounts.create("viktor");
        WebClient client = loggedIn(account);

        Page taken = requestChange(client, other.username() + "@example.org");
        Page form = client.get("/account/password/");
        Page wrongOld = client.submit(
                form,
                "passwordForm",
                Map.of(
                        "passwordForm:oldPassword", "not-the-password",
                        "passwordForm:password", Registrations.GOOD_PASSWORD,
                        "passwordForm:confirmation", Registrations.GOOD_PASSWORD),
                "passwordForm:change");
        Page weak = client.submit(
                form,
                "passwordForm",
                Map.of(
                        "passwordForm:oldPassword", account.password(),
                        "passwordForm:password", account.username(),
                        "passwordForm:confirmation", account.username()),
                "passwordForm:change");

        assertThat(taken.html().getElementById("emailForm:emailMessage").text())
                .contains("This address already belongs to an account.");
        assertThat(wrongOld.html()
                        .getElementById("passwordForm:oldPasswordMessage")
                        .text())
                .contains("The current password is not right.");
        assertThat(weak.html().getElementById("passwordForm:passwordMessage").text())
                .contains("The password is too similar to the user name.");
        // the old password still works
        assertThat(LoginIT.logIn(new WebClient(), account.username(), account.password())
                        .text())
                .doesNotContain("Wrong user name or password.");
    }
}
