package org.bitpoll.it.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.bitpoll.it.account.LoginIT;
import org.bitpoll.it.support.ServerSettings;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An operator who reserves poll creation to members (BITPOLL_POLL_CREATION_REQUIRES_LOGIN): guests see a login
 * instead of the create form, a create form posted anyway saves nothing, and a logged-in member creates as before.
 */
class CreationRequiresLoginIT {

    @AfterEach
    void openCreationAgain() {
        ServerSettings.clear("bitpoll.poll-creation-requires-login");
    }

    @Test
    void guestsAreAskedToLogInAndTheirPostSavesNothing() {
        WebClient guest = new WebClient();
        Page formBefore = guest.get("/");
        ServerSettings.set(Map.of("bitpoll.poll-creation-requires-login", "true"));

        Page index = guest.get("/");
        assertThat(index.html().getElementById("creationRequiresLogin")).isNotNull();
        assertThat(index.html().getElementById("createForm")).isNull();
        assertThat(index.html().getElementById("creationLogin").attr("href")).isEqualTo("/login/?next=/");

        String slug = PollFixtures.uniqueSlug("reserved");
        Page refused = guest.submit(
                formBefore,
                "createForm",
                Map.of("createForm:type", "universal", "createForm:title", "Guest poll", "createForm:slug", slug),
                "createForm:create");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("Only logged-in people can create polls here.");
        assertThat(guest.get("/poll/" + slug + "/").status()).isEqualTo(404);
    }

    @Test
    void aLoggedInMemberCreatesAPollTheyOwn() {
        ServerSettings.set(Map.of("bitpoll.poll-creation-requires-login", "true"));
        TestAccounts.Credentials member = TestAccounts.create("member");
        WebClient client = new WebClient();
        LoginIT.logIn(client, member.username(), member.password());

        String slug = PollFixtures.uniqueSlug("members");
        Page created = PollFixtures.create(client, "universal", "Member poll", slug);

        assertThat(created.status()).isEqualTo(200);
        assertThat(client.get("/poll/" + slug + "/").status()).isEqualTo(200);
        assertThat(new WebClient().get("/").html().getElementById("statUsers").text())
                .matches("[1-9][0-9]*");
    }
}
