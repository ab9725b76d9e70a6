package org.bitpoll.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bitpoll.account.domain.LinkPurpose;
import org.bitpoll.account.domain.LinkSigner;
import org.bitpoll.it.support.ServerSettings;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.TestMail;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Registration over HTTP (F28): the mailed link (signed, 24 hours, once), what a broken link shows, the rules of
 * the form, and registration switched off. Mails go to the tests' GreenMail.
 */
class RegistrationIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = TestMail.server();

    @Test
    void aRequestMailsALinkThatNamesTheAccountAndStoresNothing() {
        String username = Registrations.unique("anna");
        WebClient client = new WebClient();

        String link = Registrations.requestLink(client, MAIL, username);

        TestMail.Mail mail = TestMail.await(MAIL, 1).get(0);
        assertThat(mail.subject()).isEqualTo("Your account at Bitpoll");
        assertThat(mail.from()).isEqualTo("bitpoll@localhost");
        assertThat(mail.body()).contains("Hello Anna", "\"" + username + "\"", "24 hours");
        assertThat(link).matches("/register/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}");
        Page page = client.get(link);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().getElementById("username").text()).isEqualTo(username);
        // nothing stored yet: the same user name can still be asked for
        assertThat(Registrations.request(new WebClient(), username, Registrations.address("other." + username))
                        .html()
                        .getElementById("sentTo"))
                .isNotNull();
    }

    @Test
    void theLinkCreatesTheAccountOnceAndThenWorksNoMore() {
        String username = Registrations.unique("bert");
        WebClient client = new WebClient();
        String link = Registrations.requestLink(client, MAIL, username);

        Page created =
                Registrations.choosePassword(client, link, Registrations.GOOD_PASSWORD, Registrations.GOOD_PASSWORD);

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.uri().getPath()).isEqualTo("/");
        assertThat(created.text()).contains("Your account has been created");
        Page again = new WebClient().get(link);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text()).contains("This link has been used already.");
        assertThat(again.html().getElementById("createForm")).isNull();
    }

    @Test
    void aLinkOlderThanTwentyFourHoursHasExpired() throws SQLException {
        // the server's key exists once it has signed a link; the test signs with it as the server would have
        Registrations.requestLink(new WebClient(), MAIL, Registrations.unique("hugo"));
        byte[] key;
        try (Connection connection = TestAccounts.connect();
                PreparedStatement query =
                        connection.prepareStatement("SELECT secret FROM signing_key WHERE name = 'account-links'");
                ResultSet row = query.executeQuery()) {
            assertThat(row.next()).isTrue();
            key = Base64.getDecoder().decode(row.getString(1));
        }
        String username = Registrations.unique("hugo");
        List<String> claims = List.of(username, "Hugo", "Alt", Registrations.address(username), "true");
        Instant now = Instant.now();
        String expired = new LinkSigner(
                        key, Clock.fixed(now.minus(Duration.ofHours(24).plusMinutes(1)), ZoneOffset.UTC))
                .sign(LinkPurpose.REGISTRATION, claims);
        String young = new LinkSigner(key, Clock.fixed(now.minus(Duration.ofHours(23)), ZoneOffset.UTC))
                .sign(LinkPurpose.REGISTRATION, claims);

        Page old = new WebClient().get("/register/" + expired);

        assertThat(old.status()).isEqualTo(200);
        assertThat(old.text()).contains("This link has expired (links work for 24 hours).");
        assertThat(old.html().getElementById("createForm")).isNull();
        assertThat(new WebClient().get("/register/" + young).html().getElementById("createForm"))
                .isNotNull();
    }

    @Test
    void aChangedLinkIsInvalidAndAMalformedOneIsNotFound() {
        String username = Registrations.unique("carl");
        String link = Registrations.requestLink(new WebClient(), MAIL, username);
        int dot = link.indexOf('.');
        String changed = link.substring(0, dot - 1) + (link.charAt(dot - 1) == 'A' ? 'B' : 'A') + link.substring(dot);

        Page tampered = new WebClient().get(changed);

        assertThat(tampered.status()).isEqualTo(200);
        assertThat(tampered.text()).contains("This link is not valid.");
        assertThat(tampered.html().getElementById("createForm")).isNull();
        assertThat(new WebClient().get("/register/not-a-token").status()).isEqualTo(404);
        assertThat(new WebClient().get("/register/create.xhtml").status()).isEqualTo(404);
    }

    @Test
    void aPasswordBelowThePolicyOrAMismatchingConfirmationCreatesNothing() {
        String username = Registrations.unique("dora");
        WebClient client = new WebClient();
        String link = Registrations.requestLink(client, MAIL, username);

        Page tooShort = Registrations.choosePassword(client, link, "Kurz-123", "Kurz-123");
        Page common = Registrations.choosePassword(client, link, "qwertyuiop", "qwertyuiop");
        Page likeName = Registrations.choosePassword(client, link, username + "-2026", username + "-2026");
        Page mismatch = Registrations.choosePassword(client, link, Registrations.GOOD_PASSWORD, "Tulpen-Zwiebel-43");

        assertThat(tooShort.text()).contains("The password is too short: it needs at least 10 characters.");
        assertThat(common.text()).contains("This password is too common.");
        assertThat(likeName.text()).contains("The password is too similar to the user name.");
        assertThat(mismatch.text()).contains("The two passwords are not the same.");
        assertThat(mismatch.html()
                        .getElementById("createForm:confirmationMessage")
                        .text())
                .contains("not the same");
        for (Page refused : new Page[] {tooShort, common, likeName, mismatch}) {
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.uri().getPath()).isEqualTo(link);
        }
        // nothing was created: the link still works
        Page created =
                Registrations.choosePassword(client, link, Registrations.GOOD_PASSWORD, Registrations.GOOD_PASSWORD);
        assertThat(created.uri().getPath()).isEqualTo("/");
    }

    @Test
    void theFormRefusesForbiddenCharactersATakenUserNameAndATakenAddress() {
        String taken = Registrations.registered(MAIL, "emil");

        Page forbidden = Registrations.request(new WebClient(), "emil <b>", "emil.x@example.org");
        Page nameTaken = Registrations.request(new WebClient(), taken.toUpperCase(), "emil.y@example.org");
        Page addressTaken =
                Registrations.request(new WebClient(), Registrations.unique("emil"), Registrations.address(taken));

        assertThat(forbidden
                        .html()
                        .getElementById("registerForm:usernameMessage")
                        .text())
                .contains("The user name may contain only letters, digits and @ . + - _.");
        assertThat(nameTaken
                        .html()
                        .getElementById("registerForm:usernameMessage")
                        .text())
                .contains("This user name is already taken.");
        assertThat(addressTaken
                        .html()
                        .getElementById("registerForm:emailMessage")
                        .text())
                .contains("This address already belongs to an account.");
        for (Page refused : new Page[] {forbidden, nameTaken, addressTaken}) {
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.html().getElementById("sentTo")).isNull();
        }
        // only the mail of the registration itself was sent
        assertThat(TestMail.await(MAIL, 1)).hasSize(1);
    }

    @Test
    void theNameOfADirectoryUserWhoNeverLoggedInIsTakenToo() {
        for (String name : new String[] {"dora", "Dora"}) {
            Page refused = Registrations.request(new WebClient(), name, "dora." + name.length() + "@example.org");

            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.html()
                            .getElementById("registerForm:usernameMessage")
                            .text())
                    .contains("This user name is already taken.");
            assertThat(refused.html().getElementById("sentTo")).isNull();
        }
    }

    @Test
    void withRegistrationOffThePagesAndLinksDoNotExist() {
        String link = Registrations.requestLink(new WebClient(), MAIL, Registrations.unique("fritz"));
        assertThat(new WebClient().get("/").html().select("#registerNavLink")).hasSize(1);
        ServerSettings.set(Map.of("bitpoll.registration", "false"));
        try {
            assertThat(new WebClient().get("/register/").status()).isEqualTo(404);
            assertThat(new WebClient().get(link).status()).isEqualTo(404);
            assertThat(new WebClient().get("/").html().select("#registerNavLink"))
                    .isEmpty();
        } finally {
            ServerSettings.set(Map.of("bitpoll.registration", "true"));
        }
        assertThat(new WebClient().get(link).status()).isEqualTo(200);
    }

    @Test
    void mailsAreInTheRecipientsLanguageTheAccountsIfKnownElseThePages() throws SQLException {
        WebClient german = new WebClient();
        german.get("/language/de?next=/");
        String username = Registrations.unique("greta");

        Registrations.request(german, username, Registrations.address(username));
        TestMail.Mail registration = TestMail.awaitOne(MAIL, Registrations.address(username));
        Registrations.choosePassword(
                german, registration.linkPath("/register/"), Registrations.GOOD_PASSWORD, Registrations.GOOD_PASSWORD);
        try (Connection connection = TestAccounts.connect();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE account SET language = 'it' WHERE username = ?")) {
            update.setString(1, username);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        PasswordResetIT.requestReset(new WebClient(), Registrations.address(username));

        assertThat(registration.subject()).isEqualTo("Ihr Konto bei Bitpoll");
        assertThat(registration.body()).contains("Hallo Anna", "24 Stunden");
        TestMail.Mail reset = TestMail.await(MAIL, 2).get(1);
        assertThat(reset.subject()).isEqualTo("Una nuova password per Bitpoll");
        assertThat(reset.body()).contains("l'account \"" + username + "\"");
    }

    @Test
    void aFailedMailIsAMessageOnTheFormNotAnError() {
        MAIL.stop();

        Page refused = Registrations.request(
                new WebClient(), Registrations.unique("gina"), Registrations.address(Registrations.unique("gina")));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("The mail could not be sent");
        assertThat(refused.html().getElementById("registerForm")).isNotNull();
        assertThat(refused.html().getElementById("sentTo")).isNull();
    }
}
