package org.bitpoll.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.TestMail;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Password reset over HTTP (F29): the answer is the same whether or not an account has the address, the mailed
 * link sets a new password once, and a changed link is refused.
 */
class PasswordResetIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = TestMail.server();

    static Page requestReset(WebClient client, String email) {
        Page form = client.get("/password-reset/");
        return client.submit(form, "resetForm", Map.of("resetForm:email", email), "resetForm:submit");
    }

    static Page setPassword(WebClient client, String linkPath, String password, String confirmation) {
        Page page = client.get(linkPath);
        return client.submit(
                page,
                "newPasswordForm",
                Map.of("newPasswordForm:password", password, "newPasswordForm:confirmation", confirmation),
                "newPasswordForm:save");
    }

    @Test
    void theAnswerIsTheSameForAnUnknownAddressAndOnlyAnAccountsAddressGetsAMail() {
        String username = Registrations.registered(MAIL, "hanna");
        String unknown = Registrations.address(Registrations.unique("nobody"));

        Page forUnknown = requestReset(new WebClient(), unknown);
        Page forAccount = requestReset(new WebClient(), Registrations.address(username));

        assertThat(forUnknown.status()).isEqualTo(200);
        assertThat(forAccount.status()).isEqualTo(200);
        assertThat(forUnknown.html().getElementById("requested").text())
                .isEqualTo(forAccount.html().getElementById("requested").text());
        assertThat(forUnknown.html().getElementById("requested").text())
                .contains("If a local account has this address");
        // the registration mail, then the reset mail: none went to the unknown address
        assertThat(TestMail.await(MAIL, 2))
                .extracting(mail -> mail.to().get(0))
                .containsExactly(Registrations.address(username), Registrations.address(username));
    }

    @Test
    void aDirectoryAccountGetsNoResetLink() throws SQLException {
        String directoryUser = Registrations.unique("ldap.user");
        try (Connection connection = TestAccounts.connect();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO account (id, username, email,"
                        + " date_joined) VALUES (nextval('account_seq'), ?, ?, ?)")) {
            insert.setString(1, directoryUser);
            insert.setString(2, Registrations.address(directoryUser));
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        String local = Registrations.registered(MAIL, "lokal");

        Page forDirectory = requestReset(new WebClient(), Registrations.address(directoryUser));
        requestReset(new WebClient(), Registrations.address(local));

        assertThat(forDirectory.html().getElementById("requested")).isNotNull();
        // the registration mail, then the local account's reset mail; the directory account got none
        assertThat(TestMail.await(MAIL, 2))
                .extracting(mail -> mail.to().get(0))
                .containsExactly(Registrations.address(local), Registrations.address(local));
    }

    @Test
    void theMailedLinkSetsANewPasswordOnce() {
        String username = Registrations.registered(MAIL, "ida");
        requestReset(new WebClient(), Registrations.address(username));
        TestMail.Mail mail = TestMail.await(MAIL, 2).get(1);
        assertThat(mail.subject()).isEqualTo("A new password for Bitpoll");
        String link = mail.linkPath("/password-reset/");
        WebClient client = new WebClient();

        Page weak = setPassword(client, link, "1234567890", "1234567890");
        Page done = setPassword(client, link, "Neue-Tulpen-2027", "Neue-Tulpen-2027");
        Page again = new WebClient().get(link);

        assertThat(weak.text()).contains("This password is too common.");
        assertThat(done.uri().getPath()).isEqualTo("/login/");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text()).contains("This link has been used already.");
        assertThat(again.html().getElementById("newPasswordForm")).isNull();
    }

    /**
     * The request names another host, as the trusted proxy passes on what a client claims ({@code X-Forwarded-Host};
     * the application sees it as the request's host, just as a forged {@code Host} header): the mailed link still
     * starts with the configured base URL (the test server's is the default, the pom sets none).
     */
    @Test
    void theMailedLinkStartsWithTheBaseUrlWhateverHostTheRequestNames() {
        String username = Registrations.registered(MAIL, "host");
        WebClient client = new WebClient();
        Page form = client.get("/password-reset/");
        Page requested = client.post(
                form.uri().resolve(form.html().getElementById("resetForm").attr("action")),
                client.fields(
                        form,
                        "resetForm",
                        Map.of("resetForm:email", Registrations.address(username)),
                        "resetForm:submit"),
                Map.of("X-Forwarded-Host", "evil.example", "Origin", "http://evil.example"));

        assertThat(requested.html().getElementById("requested")).isNotNull();
        String body = TestMail.await(MAIL, 2).get(1).body();
        assertThat(body).doesNotContain("evil.example").contains("http://localhost:8080/password-reset/");
    }

    @Test
    void aChangedLinkIsRefusedAndABadAddressIsAMessage() {
        String username = Registrations.registered(MAIL, "jan");
        requestReset(new WebClient(), Registrations.address(username));
        String link = TestMail.await(MAIL, 2).get(1).linkPath("/password-reset/");
        String changed = link.substring(0, link.length() - 1) + (link.endsWith("A") ? "B" : "A");

        Page tampered = new WebClient().get(changed);
        Page badAddress = requestReset(new WebClient(), "not an address");

        assertThat(tampered.status()).isEqualTo(200);
        assertThat(tampered.text()).contains("This link is not valid.");
        assertThat(tampered.html().getElementById("newPasswordForm")).isNull();
        assertThat(badAddress.status()).isEqualTo(200);
        assertThat(badAddress.html().getElementById("resetForm:emailMessage").text())
                .contains("Please enter a valid e-mail address");
        // a link of one purpose does not work for another
        assertThat(new WebClient()
                        .get(link.replace("/password-reset/", "/register/"))
                        .text())
                .contains("This link is not valid.");
    }
}
