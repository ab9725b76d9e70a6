package org.bitpoll.it.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.bitpoll.it.support.TestServer;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;

/** Polls made through the create form, for tests of what comes after creation. */
public final class PollFixtures {

    private PollFixtures() {}

    /** Creates a poll without login; returns the option editor it leads to. */
    public static Page create(WebClient client, String type, String title, String slug) {
        Page index = client.get("/");
        Page editor = client.submit(
                index,
                "createForm",
                Map.of("createForm:type", type, "createForm:title", title, "createForm:slug", slug),
                "createForm:create");
        assertThat(editor.status()).isEqualTo(200);
        assertThat(editor.uri().getPath()).startsWith("/poll/" + slug + "/edit/choices/");
        return editor;
    }

    public static String uniqueSlug(String prefix) {
        return TestServer.uniqueSlug(prefix);
    }
}
