package org.bitpoll.it.owner;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;

/** Logged-in HTTP clients, and groups written into the test server's database (quicker than the groups pages). */
final class Accounts {

    private Accounts() {}

    /** A client logged in through the login page as this account. */
    static WebClient loggedIn(TestAccounts.Credentials account) {
        WebClient client = new WebClient();
        Page answer = client.submit(
                client.get("/login/"),
                "loginForm",
                Map.of("loginForm:username", account.username(), "loginForm:password", account.password()),
                "loginForm:logIn");
        assertThat(answer.html().getElementById("userMenu")).as("logged in").isNotNull();
        return client;
    }

    /** The name an account of {@link TestAccounts} shows. */
    static String displayName(TestAccounts.Credentials account) {
        return "Test (" + account.username() + ")";
    }

    /** A group of the test database. */
    record Group(long id, String name) {}

    /** A group with a unique name and these members. */
    static Group group(String prefix, TestAccounts.Credentials... members) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = TestAccounts.connect()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO user_group (id, name) VALUES (nextval('user_group_seq'), ?)")) {
                insert.setString(1, name);
                insert.executeUpdate();
            }
            long id;
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM user_group WHERE name = ?")) {
                select.setString(1, name);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                }
            }
            for (TestAccounts.Credentials member : members) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO group_member (group_id, account_id) SELECT ?, id FROM account WHERE username = ?")) {
                    insert.setLong(1, id);
                    insert.setString(2, member.username());
                    assertThat(insert.executeUpdate()).isEqualTo(1);
                }
            }
            return new Group(id, name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test group " + name, e);
        }
    }
}
