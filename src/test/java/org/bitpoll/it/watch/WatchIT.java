package org.bitpoll.it.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.bitpoll.it.account.SignedIn;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.TestMail;
import org.bitpoll.it.support.TestServer;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.bitpoll.it.vote.PollsToVoteOn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Watching over HTTP (F24): only a logged-in person posts the watch button, stopping is allowed even once the
 * results are hidden, a GET changes nothing, and a vote neither waits for nor fails with a mail server that does
 * not answer: its mail arrives once the server is back (the outbox retries every two seconds on the test server).
 */
class WatchIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = TestMail.server();

    private final WebClient owner = new WebClient();

    private String poll() {
        return PollsToVoteOn.pollWithOptions(owner, "Watched lunch", Map.of(), "Monday", "Tuesday");
    }

    private static boolean watching(String slug, TestAccounts.Credentials account) {
        String sql = "SELECT COUNT(*) FROM poll_watch w JOIN poll p ON p.id = w.poll_id"
                + " JOIN account a ON a.id = w.account_id WHERE p.url = ? AND a.username = ?";
        try (Connection connection = TestAccounts.connect();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, slug);
            query.setString(2, account.username());
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql, Object parameter) {
        try (Connection connection = TestAccounts.connect();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteAccount(TestAccounts.Credentials account) {
        try (Connection connection = TestAccounts.connect();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM account WHERE username = ?")) {
            delete.setString(1, account.username());
            assertThat(delete.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Page press(WebClient client, Page page, String button) {
        return client.submit(page, "watchForm", Map.of(), "watchForm:" + button);
    }

    @Test
    void aLoggedInPersonWatchesAndStopsByPost() {
        String slug = poll();
        TestAccounts.Credentials account = TestAccounts.create("watcher");
        WebClient client = SignedIn.client(account);

        Page page = client.get("/poll/" + slug + "/");
        assertThat(page.html().getElementById("watchForm:watch")).isNotNull();
        Page watched = press(client, page, "watch");

        assertThat(watched.status()).isEqualTo(200);
        assertThat(watched.text()).contains("You are watching this poll");
        assertThat(watched.html().getElementById("watchForm:unwatch")).isNotNull();
        assertThat(watching(slug, account)).isTrue();

        Page stopped = press(client, watched, "unwatch");

        assertThat(stopped.text()).contains("You no longer watch this poll");
        assertThat(watching(slug, account)).isFalse();
    }

    @Test
    void aGuestIsOfferedNoButtonAndAPostAfterLoggingOutIsRefused() {
        String slug = poll();
        assertThat(new WebClient().get("/poll/" + slug + "/").html().getElementById("watchForm"))
                .isNull();
        TestAccounts.Credentials account = TestAccounts.create("loggedout");
        WebClient client = SignedIn.client(account);
        Page page = client.get("/poll/" + slug + "/");
        client.post(TestServer.uri("/logout"), Map.of(), Map.of("Origin", TestServer.baseUrl()));

        Page refused = press(client, page, "watch");

        assertThat(refused.status())
                .as("the expired form's page is shown again")
                .isEqualTo(200);
        assertThat(refused.uri().getPath()).isEqualTo("/poll/" + slug + "/");
        assertThat(refused.html().getElementById("watchForm")).isNull();
        assertThat(watching(slug, account)).isFalse();
    }

    @Test
    void aGetWithTheButtonsParametersChangesNothing() {
        String slug = poll();
        TestAccounts.Credentials account = TestAccounts.create("getter");
        WebClient client = SignedIn.client(account);
        Page page = client.get("/poll/" + slug + "/");
        String query = WebClient.formEncoded(client.fields(page, "watchForm", Map.of(), "watchForm:watch"));

        Page answer = client.get("/poll/" + slug + "/?" + query);

        assertThat(answer.status()).isNotEqualTo(500);
        assertThat(watching(slug, account)).isFalse();
    }

    @Test
    void stoppingIsAllowedWhenTheResultsAreNoLongerShownButStartingIsNot() {
        String slug = poll();
        TestAccounts.Credentials account = TestAccounts.create("hidden");
        WebClient client = SignedIn.client(account);
        press(client, client.get("/poll/" + slug + "/"), "watch");
        assertThat(watching(slug, account)).isTrue();

        PollsToVoteOn.changeSettings(owner, slug, Map.of("showResults", "NEVER"));
        Page page = client.get("/poll/" + slug + "/");
        assertThat(page.html().getElementById("watchForm:watch")).isNull();
        Page stopped = press(client, page, "unwatch");

        assertThat(watching(slug, account)).isFalse();
        assertThat(stopped.html().getElementById("watchForm:watch")).isNull();
        assertThat(stopped.html().getElementById("watchForm:unwatch")).isNull();

        Page refused = press(client, page, "watch");
        assertThat(refused.text()).contains("You cannot watch this poll, because its results are not shown to you.");
        assertThat(watching(slug, account)).isFalse();
    }

    @Test
    void autoWatchWatchesThePollsVotedInWhenTurnedOnAndEachPollVotedInLaterWhoseResultsAreShown() {
        TestAccounts.Credentials account = TestAccounts.create("auto");
        WebClient client = SignedIn.client(account);
        String before = poll();
        PollsToVoteOn.vote(client, before, null, "yes", "no");
        assertThat(watching(before, account)).isFalse();

        Page saved = client.submit(
                client.get("/account/"), "settingsForm", Map.of("settingsForm:autoWatch", "on"), "settingsForm:save");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(watching(before, account)).isTrue();

        String after = poll();
        String hidden = poll();
        PollsToVoteOn.changeSettings(owner, hidden, Map.of("showResults", "NEVER"));
        PollsToVoteOn.vote(client, after, null, "no", "yes");
        PollsToVoteOn.vote(client, hidden, null, "no", "yes");

        assertThat(watching(after, account)).isTrue();
        assertThat(watching(hidden, account)).isFalse();
    }

    @Test
    void aCopyStartsWithoutWatchersAndDeletingAnAccountOrThePollDeletesItsWatches() {
        String slug = poll();
        long pollId = count("SELECT id FROM poll WHERE url = ?", slug);
        TestAccounts.Credentials staying = TestAccounts.create("staying");
        TestAccounts.Credentials leaving = TestAccounts.create("leaving");
        WebClient stayingClient = SignedIn.client(staying);
        press(stayingClient, stayingClient.get("/poll/" + slug + "/"), "watch");
        WebClient leavingClient = SignedIn.client(leaving);
        press(leavingClient, leavingClient.get("/poll/" + slug + "/"), "watch");
        assertThat(count("SELECT COUNT(*) FROM poll_watch WHERE poll_id = ?", pollId))
                .isEqualTo(2);

        Page copy = owner.submit(
                owner.get("/poll/" + slug + "/copy/"),
                "copyForm",
                Map.of("copyForm:slug", slug + "-copy"),
                "copyForm:copy");
        assertThat(copy.uri().getPath()).isEqualTo("/poll/" + slug + "-copy/");
        assertThat(count(
                        "SELECT COUNT(*) FROM poll_watch w JOIN poll p ON p.id = w.poll_id WHERE p.url = ?",
                        slug + "-copy"))
                .isZero();

        deleteAccount(leaving);
        assertThat(count("SELECT COUNT(*) FROM poll_watch WHERE poll_id = ?", pollId))
                .isEqualTo(1);

        owner.submit(owner.get("/poll/" + slug + "/delete/"), "deleteForm", Map.of(), "deleteForm:delete");
        assertThat(count("SELECT COUNT(*) FROM poll WHERE id = ?", pollId)).isZero();
        assertThat(count("SELECT COUNT(*) FROM poll_watch WHERE poll_id = ?", pollId))
                .isZero();
    }

    @Test
    void aVoteDoesNotWaitForAMailServerThatHangsAndItsMailArrivesAfterARetry() throws IOException {
        String slug = poll();
        TestAccounts.Credentials account = TestAccounts.create("patient");
        WebClient watcher = SignedIn.client(account);
        press(watcher, watcher.get("/poll/" + slug + "/"), "watch");

        MAIL.stop();
        Duration vote;
        // a mail server that takes the connection and never answers: a mail sent inside the vote would hold it up
        // for the mail session's 10-second timeout
        try (ServerSocket hanging = new ServerSocket(
                Integer.getInteger("bitpoll.smtpPort", 3125), 50, InetAddress.getByName("127.0.0.1"))) {
            long start = System.nanoTime();
            Page voted = PollsToVoteOn.vote(new WebClient(), slug, "Eve", "yes", "no");
            vote = Duration.ofNanos(System.nanoTime() - start);
            assertThat(voted.text()).contains("Eve");

            hanging.setSoTimeout(30_000);
            try (Socket attempt = hanging.accept()) {
                assertThat(attempt.isConnected())
                        .as("the mail is tried after the vote")
                        .isTrue();
            }
        }
        assertThat(vote).as("the vote's time with a hanging mail server").isLessThan(Duration.ofSeconds(5));
        MAIL.start();

        TestMail.Mail mail = TestMail.awaitOne(MAIL, account.username() + "@example.org");
        assertThat(mail.subject()).contains("Watched lunch");
        assertThat(mail.body()).contains("Eve has voted");
        assertThat(mail.linkPath("/poll/")).isEqualTo("/poll/" + slug + "/");
    }
}
