package org.bitpoll.it.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.bitpoll.it.account.SignedIn;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.TestMail;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.vote.PollsToVoteOn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The cleanup timer on the real server, which runs it every five seconds (pom.xml, BITPOLL_CLEANUP_SCHEDULE) with
 * the default retention of 180 days and a warning 14 days before: an owned old poll gets one warning mail whose CSV
 * link works for its owner and is deleted with its votes a warning period later; an unowned old poll is deleted
 * without a mail; a recent poll is untouched; managers, and only they, see the day of deletion. Polls are made old
 * by writing their dates with SQL (portable to H2 and PostgreSQL); every poll a test made old is removed after it,
 * so no later test meets its warnings.
 */
class RetentionIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = TestMail.server();

    /** Longer than two runs of the test server's schedule. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final List<String> madeOld = new ArrayList<>();

    @AfterEach
    void removeOldPolls() throws SQLException {
        try (Connection connection = TestAccounts.connect();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM poll WHERE url = ?")) {
            for (String slug : madeOld) {
                delete.setString(1, slug);
                delete.executeUpdate();
            }
        }
    }

    private static OffsetDateTime daysAgo(int days) {
        return Instant.now().minus(Duration.ofDays(days)).atOffset(ZoneOffset.UTC);
    }

    /** Dates a free-text poll back: created 300 days ago, due {@code dueDaysAgo} days ago. */
    private void makeOld(String slug, int dueDaysAgo) throws SQLException {
        madeOld.add(slug);
        try (Connection connection = TestAccounts.connect();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE poll SET created = ?, due_date = ? WHERE url = ?")) {
            update.setObject(1, daysAgo(300));
            update.setObject(2, daysAgo(dueDaysAgo));
            update.setString(3, slug);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static void markWarned(String slug, int daysAgo) throws SQLException {
        try (Connection connection = TestAccounts.connect();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE poll SET retention_warned_at = ? WHERE url = ?")) {
            update.setObject(1, daysAgo(daysAgo));
            update.setString(2, slug);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static long pollId(String slug) throws SQLException {
        try (Connection connection = TestAccounts.connect();
                PreparedStatement query = connection.prepareStatement("SELECT id FROM poll WHERE url = ?")) {
            query.setString(1, slug);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        }
    }

    private static long count(String table, long pollId) throws SQLException {
        try (Connection connection = TestAccounts.connect();
                PreparedStatement query =
                        connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE poll_id = ?")) {
            query.setLong(1, pollId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static boolean gone(String slug) {
        return new WebClient().raw("/poll/" + slug + "/").statusCode() == 404;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what + " within " + PATIENCE).isBefore(deadline);
            Thread.sleep(500);
        }
    }

    @Test
    void anOwnedOldPollIsWarnedWithAWorkingCsvLinkAndDeletedAWarningPeriodLater() throws Exception {
        TestAccounts.Credentials owner = TestAccounts.create("keeper");
        WebClient ownerClient = SignedIn.client(owner);
        String owned = PollsToVoteOn.pollWithOptions(ownerClient, "Old club dinner", Map.of(), "Pizza", "Pasta");
        PollsToVoteOn.vote(new WebClient(), owned, "Guest voter", "yes", "no");
        String unowned = PollsToVoteOn.pollWithOptions(new WebClient(), "Old anonymous poll", Map.of(), "A");
        String recent = PollsToVoteOn.pollWithOptions(new WebClient(), "Recent poll", Map.of(), "A");
        PollsToVoteOn.vote(new WebClient(), unowned, "Unowned voter", "yes");
        long unownedId = pollId(unowned);
        makeOld(owned, 200);
        makeOld(unowned, 200);

        TestMail.Mail warning = TestMail.awaitOne(MAIL, owner.username() + "@example.org");
        assertThat(warning.subject()).contains("Old club dinner").contains("will be deleted on");
        assertThat(warning.body()).contains("keeps polls for 180 days after their last date");
        String csvPath = warning.linkPath("/poll/" + owned + ".csv");
        var csv = ownerClient.raw(csvPath);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body()).contains("Guest voter");
        assertThat(warning.linkPath("/login/")).isEqualTo("/login/");
        assertThat(warning.body()).contains("/login/?next=%2Fpoll%2F" + owned + ".csv");

        await("the unowned old poll is deleted", () -> gone(unowned));
        assertThat(count("vote", unownedId)).as("its votes went with it").isZero();
        Thread.sleep(6_000);
        assertThat(MAIL.getReceivedMessages()).as("one warning, no second one").hasSize(1);
        assertThat(gone(owned)).as("the owner has 14 days from the warning").isFalse();
        assertThat(gone(recent)).isFalse();

        long ownedId = pollId(owned);
        markWarned(owned, 15);
        await("the owned poll is deleted a warning period after its warning", () -> gone(owned));
        assertThat(count("vote", ownedId)).isZero();
        assertThat(count("choice", ownedId)).isZero();
        assertThat(gone(recent)).isFalse();
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aWarningSentBeforeThePollGotItsCurrentDatesDoesNotCountAndANewOneIsSent() throws Exception {
        TestAccounts.Credentials owner = TestAccounts.create("mover");
        String slug = PollsToVoteOn.pollWithOptions(SignedIn.client(owner), "Moved poll", Map.of(), "A");
        makeOld(slug, 170);
        markWarned(slug, 200);

        TestMail.Mail warning = TestMail.awaitOne(MAIL, owner.username() + "@example.org");

        assertThat(warning.subject()).contains("Moved poll");
        assertThat(gone(slug)).isFalse();
    }

    @Test
    void managersSeeTheDayOfDeletionInTheirLanguageAndOthersDoNot() {
        WebClient manager = new WebClient();
        String slug = PollsToVoteOn.pollWithOptions(
                manager, "Notice", Map.of("createForm:dueDate_input", "2030-06-01 12:00"), "A");
        WebClient voter = new WebClient();
        PollsToVoteOn.vote(voter, slug, "Voter", "yes");
        PollsToVoteOn.language(manager, "de");

        assertThat(manager.get("/poll/" + slug + "/")
                        .html()
                        .getElementById("retentionNotice")
                        .text())
                .isEqualTo("Diese Umfrage wird am 28. November 2030 gelöscht (Aufbewahrung: 180 Tage nach ihrem"
                        + " letzten Datum).");
        assertThat(voter.get("/poll/" + slug + "/").html().getElementById("retentionNotice"))
                .isNull();
    }
}
