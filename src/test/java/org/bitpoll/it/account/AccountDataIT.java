package org.bitpoll.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.TestServer;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.bitpoll.it.vote.PollsToVoteOn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A logged-in person over HTTP: the admin area stays closed to them on GET and POST, the data download holds
 * their account, polls and votes (never the password hash), and a settings post without a valid view state
 * changes nothing.
 */
class AccountDataIT {

    private static HttpResponse<String> post(WebClient client, String path, Map<String, String> fields) {
        URI target = TestServer.uri(path);
        return client.send(HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", target.getScheme() + "://" + target.getAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(WebClient.formEncoded(fields)))
                .build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/", "/admin/users/"})
    void aNormalUserIsForbiddenTheAdminAreaOnGetAndPost(String path) {
        TestAccounts.Credentials user = TestAccounts.create("nosy");
        WebClient client = SignedIn.client(user);

        assertThat(client.raw(path).statusCode()).isEqualTo(403);
        Page settings = client.get("/account/");
        String viewState = settings.html()
                .selectFirst("input[name=jakarta.faces.ViewState]")
                .attr("value");
        assertThat(post(
                                client,
                                path,
                                Map.of(
                                        "userSearch", "userSearch",
                                        "userSearch:userQuery", "",
                                        "userSearch:searchUsers", "userSearch:searchUsers",
                                        "jakarta.faces.ViewState", viewState))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theDownloadHoldsTheAccountItsPollsAndItsVotes() {
        TestAccounts.Credentials user = TestAccounts.create("data");
        WebClient client = SignedIn.client(user);
        String own = PollsToVoteOn.pollWithOptions(client, "My own poll", Map.of(), "Monday");
        String other = PollsToVoteOn.pollWithOptions(new WebClient(), "Someone's lunch", Map.of(), "Pizza", "Sushi");
        PollsToVoteOn.vote(client, other, "ignored", "yes", "no");

        HttpResponse<String> response = client.raw("/account/data.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"bitpoll-data.json\"");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(response.body()).doesNotContainIgnoringCase("password").doesNotContain("$2a$");
        JsonObject data;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            data = reader.readObject();
        }
        JsonObject account = data.getJsonObject("account");
        assertThat(account.getString("username")).isEqualTo(user.username());
        assertThat(account.getBoolean("local")).isTrue();
        assertThat(account.getString("language")).isEqualTo("en");
        assertThat(data.getJsonArray("ownedPolls").getValuesAs(JsonObject.class))
                .extracting(poll -> poll.getString("slug"))
                .containsExactly(own);
        assertThat(data.getJsonArray("polls").getValuesAs(JsonObject.class))
                .extracting(poll -> poll.getString("slug"))
                .containsExactlyInAnyOrder(own, other);
        JsonArray votes = data.getJsonArray("votes");
        assertThat(votes).hasSize(1);
        JsonObject vote = votes.getJsonObject(0);
        assertThat(vote.getString("pollSlug")).isEqualTo(other);
        assertThat(vote.getJsonArray("answers").getValuesAs(JsonObject.class))
                .extracting(answer -> answer.getString("option") + "=" + answer.getString("answer"))
                .containsExactly("Pizza=yes", "Sushi=no");
    }

    /** The SQL statements the server ran for this client's GET, by the test-only statement probe. */
    private static int statementsOf(WebClient client, String path) {
        String probe = UUID.randomUUID().toString();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(TestServer.uri(path))
                .header("X-Bitpoll-Probe", probe)
                .GET()
                .build());
        assertThat(page.statusCode()).isEqualTo(200);
        // the count is recorded once the request has left the server's filters, maybe just after the response
        WebClient reader = new WebClient();
        HttpResponse<String> count = reader.raw("/__probe/statements?id=" + probe);
        for (int attempt = 0; attempt < 500 && count.statusCode() == 404; attempt++) {
            count = reader.raw("/__probe/statements?id=" + probe);
        }
        assertThat(count.statusCode()).as("the statement probe answers").isEqualTo(200);
        return Integer.parseInt(count.body().strip());
    }

    @Test
    void myPollsAndTheDownloadRunAsManyStatementsForManyPollsAsForOne() {
        TestAccounts.Credentials few = TestAccounts.create("few");
        WebClient fewClient = SignedIn.client(few);
        PollsToVoteOn.pollWithOptions(fewClient, "Only one", Map.of(), "Monday");
        TestAccounts.Credentials many = TestAccounts.create("many");
        WebClient manyClient = SignedIn.client(many);
        for (int i = 0; i < 4; i++) {
            PollsToVoteOn.pollWithOptions(manyClient, "Owned " + i, Map.of(), "Monday", "Tuesday");
            String other = PollsToVoteOn.pollWithOptions(new WebClient(), "Voted " + i, Map.of(), "Pizza", "Sushi");
            PollsToVoteOn.vote(manyClient, other, "ignored", "yes", "no");
        }

        for (String path : new String[] {"/account/polls/", "/account/data.json"}) {
            int one = statementsOf(fewClient, path);
            assertThat(statementsOf(manyClient, path)).as(path).isEqualTo(one);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"stale", ""})
    void aSettingsPostWithoutAValidViewStateChangesNothing(String viewState) {
        TestAccounts.Credentials user = TestAccounts.create("stale");
        WebClient client = SignedIn.client(user);
        Page settings = client.get("/account/");
        Map<String, String> fields = new HashMap<>(client.fields(
                settings,
                "settingsForm",
                Map.of("settingsForm:displayName", "Changed by replay"),
                "settingsForm:save"));
        if (viewState.isEmpty()) {
            fields.remove("jakarta.faces.ViewState");
        } else {
            fields.put("jakarta.faces.ViewState", viewState);
        }

        HttpResponse<String> replayed = post(client, "/account/", fields);

        assertThat(replayed.statusCode()).isIn(200, 302, 400);
        assertThat(replayed.body()).doesNotContain("Your settings have been saved");
        assertThat(client.get("/account/")
                        .html()
                        .getElementById("settingsForm:displayName")
                        .attr("value"))
                .isEmpty();
    }
}
