package org.bitpoll.it.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bitpoll.it.support.TestServer;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;

/** Polls made over HTTP for the tests of what voters and readers see, and the browser settings they use. */
public final class PollsToVoteOn {

    private PollsToVoteOn() {}

    /**
     * A due date two days ago, as the create and settings forms take it: past, but never old enough for the test
     * server's frequent retention run (RetentionIT) to warn about or delete the poll while a test uses it.
     */
    public static String recentPastDueDate() {
        return LocalDate.now().minusDays(2) + " 12:00";
    }

    /** A normal poll with these options and these extra fields of the create form; returns its URL name. */
    public static String pollWithOptions(WebClient owner, String title, Map<String, String> extra, String... options) {
        return VotingIT.pollWithOptions(owner, title, extra, options);
    }

    /** Votes with these answers by title (null: none) as this client; a guest votes under {@code name}. */
    public static Page vote(WebClient client, String slug, String name, String... answers) {
        return VotingIT.vote(client, slug, name, answers);
    }

    /** A date-time poll with these days (YYYY-MM-DD, comma-separated) at these times, made through the wizard. */
    public static String dateTimePoll(WebClient owner, String title, String days, String... times) {
        String slug = TestServer.uniqueSlug("zone");
        Page page = owner.submit(
                owner.get("/"),
                "createForm",
                Map.of("createForm:type", "datetime", "createForm:title", title, "createForm:slug", slug),
                "createForm:create");
        page = owner.submit(page, "wizardForm", Map.of("wizardForm:dates_input", days), "wizardForm:toTimes");
        for (String time : times) {
            page = owner.submit(page, "wizardForm", Map.of("wizardForm:newTime", time), "wizardForm:addTime");
        }
        page = owner.submit(page, "wizardForm", Map.of(), "wizardForm:toCombinations");
        Page poll = owner.submit(page, "wizardForm", Map.of(), "wizardForm:saveCombinations");
        assertThat(poll.uri().getPath()).isEqualTo("/poll/" + slug + "/");
        return slug;
    }

    /** Saves the settings page with these changes (field name without the form prefix; null unticks). */
    public static void changeSettings(WebClient owner, String slug, Map<String, String> changes) {
        Map<String, String> fields = new HashMap<>();
        changes.forEach((name, value) -> fields.put("settingsForm:" + name, value));
        Page saved =
                owner.submit(owner.get("/poll/" + slug + "/settings/"), "settingsForm", fields, "settingsForm:save");
        assertThat(saved.text()).contains("Settings have been changed");
    }

    /** Makes the client send the time zone cookie bitpoll.js sets in a browser of this zone. */
    public static void browserZone(WebClient client, String zone) {
        HttpCookie cookie = new HttpCookie("bitpoll-tz", zone);
        cookie.setPath("/");
        client.cookies().getCookieStore().add(TestServer.uri("/"), cookie);
    }

    /** Makes the client send the language cookie of the footer's switch. */
    public static void language(WebClient client, String code) {
        HttpCookie cookie = new HttpCookie("bitpoll-lang", code);
        cookie.setPath("/");
        client.cookies().getCookieStore().add(TestServer.uri("/"), cookie);
    }

    /** The labels of the vote form's options, in order. */
    public static List<String> optionLabels(Page votePage) {
        return votePage.html().select("#voteTable tbody th").eachText();
    }

    /** The CSV lines of a poll's export as this client gets it, without the byte order mark. */
    public static String[] csv(WebClient client, String slug) {
        var response = client.raw("/poll/" + slug + ".csv");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().substring(1).split("\r\n");
    }
}
