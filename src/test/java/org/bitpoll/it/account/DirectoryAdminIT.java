package org.bitpoll.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.TestDirectory;
import org.bitpoll.it.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The directory's administrators' group (ldap.cli maps it to the role admin) opens the admin area: a member of it
 * gets {@code /admin/}, a member of another group 403, on the page and on its user search alike.
 */
class DirectoryAdminIT {

    private static WebClient loggedIn(TestDirectory.Person person) {
        return SignedIn.client(new TestAccounts.Credentials(person.username(), person.password()));
    }

    @Test
    void aMemberOfTheAdministratorsGroupOpensTheAdminArea() {
        WebClient alice = loggedIn(TestDirectory.ALICE);

        WebClient.Page admin = alice.get("/admin/");
        WebClient.Page users = alice.get("/admin/users/");

        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.uri().getPath()).isEqualTo("/admin/");
        assertThat(users.status()).isEqualTo(200);
    }

    @Test
    void aMemberOfAnotherGroupIsForbiddenThere() {
        WebClient bob = loggedIn(TestDirectory.BOB);

        assertThat(bob.get("/admin/").status()).isEqualTo(403);
        assertThat(bob.get("/admin/users/").status()).isEqualTo(403);
    }
}
