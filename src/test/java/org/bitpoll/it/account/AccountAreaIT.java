package org.bitpoll.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.bitpoll.it.support.TestServer;
import org.bitpoll.it.support.WebClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The account pages and the admin area over HTTP, as a guest: the account pages send a guest to the login page
 * (and back), the admin area answers 403 to GET and POST alike, before any page or view state is looked at.
 */
class AccountAreaIT {

    private final WebClient client = new WebClient();

    @ParameterizedTest
    @ValueSource(strings = {"/account/", "/account/polls/", "/account/delete/", "/account/data.json"})
    void aGuestIsSentToTheLoginPageAndBack(String path) {
        HttpResponse<String> response = client.raw(path);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .endsWith("/login/?next=" + path.replace("/", "%2F"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/", "/admin/users/", "/admin/index.xhtml", "/admin/users/index.xhtml"})
    void theAdminAreaIsForbiddenToAGuest(String path) {
        HttpResponse<String> response = client.raw(path);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("userSearch", "pollSearch");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/", "/admin/users/"})
    void aPostToTheAdminAreaIsForbiddenToAGuest(String path) {
        URI target = TestServer.uri(path);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", target.getScheme() + "://" + target.getAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(WebClient.formEncoded(Map.of(
                        "userSearch", "userSearch",
                        "userSearch:userQuery", "",
                        "jakarta.faces.ViewState", "stale"))))
                .build());
        assertThat(response.statusCode()).isEqualTo(403);
    }
}
