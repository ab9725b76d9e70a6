package org.bitpoll.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.jsoup.nodes.Element;

/** Clients of the account tests that log in through the login page, as a person would. */
public final class SignedIn {

    private SignedIn() {}

    /** A new client logged in with these credentials. */
    public static WebClient client(String username, String password) {
        WebClient client = attempt(username, password);
        assertThat(client.raw("/account/").statusCode())
                .as("logged in as " + username)
                .isEqualTo(200);
        return client;
    }

    /** Whether these credentials log in (a new client tries). */
    public static boolean logsIn(String username, String password) {
        return attempt(username, password).raw("/account/").statusCode() == 200;
    }

    private static WebClient attempt(String username, String password) {
        WebClient client = new WebClient();
        Page login = client.get("/login/");
        Element passwordField = login.html().selectFirst("form input[type=password]");
        assertThat(passwordField).as("the login form").isNotNull();
        Element form = passwordField.closest("form");
        Element usernameField = form.selectFirst("input[type=text], input:not([type])");
        Element button = form.selectFirst("button[name], input[type=submit][name]");
        client.submit(
                login,
                form.id(),
                Map.of(usernameField.attr("name"), username, passwordField.attr("name"), password),
                button == null ? null : button.attr("name"));
        return client;
    }
}
