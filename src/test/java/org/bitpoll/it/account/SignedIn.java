package org.bitpoll.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.WebClient;

/** Clients of the account tests that log in through the login page, as a person would. */
public final class SignedIn {

    private SignedIn() {}

    /** A new client logged in as this account. */
    public static WebClient client(TestAccounts.Credentials account) {
        WebClient client = new WebClient();
        LoginIT.logIn(client, account.username(), account.password());
        assertThat(client.raw("/account/").statusCode())
                .as("logged in as " + account.username())
                .isEqualTo(200);
        return client;
    }

    /** Whether this account can log in now (a new client tries). */
    public static boolean logsIn(TestAccounts.Credentials account) {
        WebClient client = new WebClient();
        LoginIT.logIn(client, account.username(), account.password());
        return client.raw("/account/").statusCode() == 200;
    }
}
