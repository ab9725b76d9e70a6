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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
 * their account, polls, votes, comments, watches, invitations and groups (never the password hash, never another
 * person's), and a settings post without a valid view state changes nothing.
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

    /** Runs one statement on the server's database with these text parameters. */
    private static void sql(String statement, String... parameters) {
        try (Connection connection = TestAccounts.connect();
                PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setString(i + 1, parameters[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void comment(String slug, TestAccounts.Credentials author, String name, String text) {
        sql(
                "INSERT INTO poll_comment (id, poll_id, account_id, name, text, date_created)"
                        + " VALUES (nextval('poll_comment_seq'), (SELECT id FROM poll WHERE url = ?),"
                        + " (SELECT id FROM account WHERE username = ?), ?, ?, CURRENT_TIMESTAMP)",
                slug,
                author.username(),
                name,
                text);
    }

    private static void watch(String slug, TestAccounts.Credentials watcher) {
        sql(
                "INSERT INTO poll_watch (id, poll_id, account_id) VALUES (nextval('poll_watch_seq'),"
                        + " (SELECT id FROM poll WHERE url = ?), (SELECT id FROM account WHERE username = ?))",
                slug,
                watcher.username());
    }

    private static void invite(String slug, TestAccounts.Credentials invitee) {
        sql(
                "INSERT INTO invitation (id, poll_id, account_id, date_created, last_email)"
                        + " VALUES (nextval('invitation_seq'), (SELECT id FROM poll WHERE url = ?),"
                        + " (SELECT id FROM account WHERE username = ?), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                slug,
                invitee.username());
    }

    /** A group with this admin as its member (a directory group: a member only, as the directory makes them). */
    private static String group(TestAccounts.Credentials member, boolean directory) {
        String name = "grp-" + UUID.randomUUID().toString().substring(0, 8);
        sql(
                "INSERT INTO user_group (id, name, directory) VALUES (nextval('user_group_seq'), ?, "
                        + (directory ? "TRUE" : "FALSE") + ")",
                name);
        for (String table : directory ? new String[] {"group_member"} : new String[] {"group_member", "group_admin"}) {
            sql(
                    "INSERT INTO " + table + " (group_id, account_id) SELECT g.id, a.id FROM user_group g, account a"
                            + " WHERE g.name = ? AND a.username = ?",
                    name,
                    member.username());
        }
        return name;
    }

    private static void inviteToGroup(String group, TestAccounts.Credentials invitee, TestAccounts.Credentials by) {
        sql(
                "INSERT INTO group_invitation (id, group_id, invitee_id, invited_by_id, date_invited)"
                        + " VALUES (nextval('group_invitation_seq'), (SELECT id FROM user_group WHERE name = ?),"
                        + " (SELECT id FROM account WHERE username = ?), (SELECT id FROM account WHERE username = ?),"
                        + " CURRENT_TIMESTAMP)",
                group,
                invitee.username(),
                by.username());
    }

    @Test
    void theDownloadHoldsTheCommentsWatchesInvitationsAndGroupsOfThePersonOnly() {
        TestAccounts.Credentials user = TestAccounts.create("collab");
        TestAccounts.Credentials stranger = TestAccounts.create("stranger");
        String shared = PollsToVoteOn.pollWithOptions(new WebClient(), "Team lunch", Map.of(), "Pizza");
        String voted = PollsToVoteOn.pollWithOptions(new WebClient(), "Team outing", Map.of(), "Hike");
        String elsewhere = PollsToVoteOn.pollWithOptions(new WebClient(), "Stranger's outing", Map.of(), "Lake");
        comment(shared, user, "Collaborator", "I bring dessert");
        comment(shared, stranger, "Stranger", "Not my data");
        watch(shared, user);
        watch(elsewhere, stranger);
        invite(shared, user);
        invite(voted, user);
        invite(elsewhere, stranger);
        String ownGroup = group(user, false);
        String directoryGroup = group(user, true);
        String strangersGroup = group(stranger, false);
        inviteToGroup(strangersGroup, user, stranger);
        inviteToGroup(ownGroup, stranger, user);

        WebClient client = SignedIn.client(user);
        PollsToVoteOn.vote(client, voted, "ignored", "yes");

        HttpResponse<String> response = client.raw("/account/data.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("Not my data", elsewhere, stranger.username());
        JsonObject data;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            data = reader.readObject();
        }
        assertThat(data.getJsonArray("comments").getValuesAs(JsonObject.class))
                .extracting(comment -> comment.getString("pollSlug") + "|" + comment.getString("pollTitle") + "|"
                        + comment.getString("name") + "|" + comment.getString("text") + "|"
                        + comment.isNull("created"))
                .containsExactly(shared + "|Team lunch|Collaborator|I bring dessert|false");
        assertThat(data.getJsonArray("watchedPolls").getValuesAs(JsonObject.class))
                .extracting(poll -> poll.getString("slug") + "|" + poll.getString("title"))
                .containsExactly(shared + "|Team lunch");
        assertThat(data.getJsonArray("invitations").getValuesAs(JsonObject.class))
                .extracting(invitation -> invitation.getString("pollSlug") + "|" + invitation.getString("pollTitle")
                        + "|" + invitation.isNull("invited") + "|" + invitation.isNull("lastMailed") + "|"
                        + invitation.getBoolean("voted"))
                .containsExactlyInAnyOrder(
                        shared + "|Team lunch|false|false|false", voted + "|Team outing|false|false|true");
        assertThat(data.getJsonArray("groups").getValuesAs(JsonObject.class))
                .extracting(group ->
                        group.getString("name") + "|" + group.getBoolean("admin") + "|" + group.getBoolean("directory"))
                .containsExactlyInAnyOrder(ownGroup + "|true|false", directoryGroup + "|false|true");
        assertThat(data.getJsonArray("groupInvitations").getValuesAs(JsonObject.class))
                .extracting(invitation -> invitation.getString("group") + "|" + invitation.isNull("invited"))
                .containsExactly(strangersGroup + "|false");
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
