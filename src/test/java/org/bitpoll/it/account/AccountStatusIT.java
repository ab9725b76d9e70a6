package org.bitpoll.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * What an administrator changes about an account applies to its open sessions at once: a disabled account is a
 * guest from its next request on, and an administrator whose flag is taken away loses the admin area before
 * logging in again. The change is written to the database as the admin area writes it (AdminBrowserIT clicks it).
 */
class AccountStatusIT {

    private static void update(String sql, String username) throws SQLException {
        try (Connection connection = TestAccounts.connect();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, username);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void aDisabledAccountsOpenSessionIsNoLongerLoggedIn() throws SQLException {
        TestAccounts.Credentials account = TestAccounts.create("disabled");
        WebClient client = new WebClient();
        LoginIT.logIn(client, account.username(), account.password());
        assertThat(client.get("/about/").html().getElementById("userMenu")).isNotNull();

        update("UPDATE account SET active = FALSE WHERE username = ?", account.username());

        WebClient.Page about = client.get("/about/");
        assertThat(about.html().getElementById("userMenu")).isNull();
        assertThat(about.html().getElementById("loginLink")).isNotNull();
        assertThat(client.get("/account/").uri().getPath()).isEqualTo("/login/");
    }

    @Test
    void anAdministratorWhoseFlagIsTakenAwayLosesTheAdminAreaAtOnce() throws SQLException {
        TestAccounts.Credentials admin = TestAccounts.createAdmin("unflagged");
        WebClient client = new WebClient();
        LoginIT.logIn(client, admin.username(), admin.password());
        assertThat(client.get("/admin/").status()).isEqualTo(200);

        update("UPDATE account SET site_admin = FALSE WHERE username = ?", admin.username());

        assertThat(client.get("/admin/").status()).isEqualTo(403);
        assertThat(client.get("/about/").html().getElementById("adminLink")).isNull();
    }
}
