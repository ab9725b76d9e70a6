package org.bitpoll.it.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bitpoll.it.support.TestServer;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Voting over HTTP: casting, changing and deleting votes, who may, and every bad input. */
class VotingIT {

    private final WebClient owner = new WebClient();

    /** Creates a normal poll with the given options; returns its URL name. */
    static String pollWithOptions(WebClient client, String title, Map<String, String> extra, String... options) {
        String slug = TestServer.uniqueSlug("vote");
        Map<String, String> values = new HashMap<>(extra);
        values.put("createForm:type", "universal");
        values.put("createForm:title", title);
        values.put("createForm:slug", slug);
        Page editor = client.submit(client.get("/"), "createForm", values, "createForm:create");
        assertThat(editor.uri().getPath()).isEqualTo("/poll/" + slug + "/edit/choices/universal/");
        for (String option : options) {
            editor = client.submit(editor, "choicesForm", Map.of("choicesForm:newText", option), "choicesForm:add");
        }
        return slug;
    }

    /** The radio group names of the vote form, in order, and the value ids by answer title. */
    static List<String> optionFields(Page votePage) {
        return votePage.html().select("#voteTable tbody tr").stream()
                .map(row -> row.selectFirst("input[type=radio]").attr("name"))
                .toList();
    }

    static String valueId(Page votePage, String title) {
        Element label = votePage.html().select("#voteTable tbody tr").first().select("label.answer").stream()
                .filter(answer -> answer.text().equals(title))
                .findFirst()
                .orElseThrow();
        return label.selectFirst("input").attr("value");
    }

    static Page vote(WebClient client, String slug, String name, String... answers) {
        Page form = client.get("/poll/" + slug + "/vote/");
        assertThat(form.status()).isEqualTo(200);
        Map<String, String> values = new HashMap<>();
        values.put("voteForm:name", name);
        List<String> fields = optionFields(form);
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] != null) {
                values.put(fields.get(i), valueId(form, answers[i]));
            }
        }
        return client.submit(form, "voteForm", values, "voteForm:save");
    }

    private static List<List<String>> grid(Page poll) {
        return poll.html().select("#pollGrid tbody tr").stream()
                .map(row -> row.select("th, td:not(.actions)").stream()
                        .map(cell -> cell.tagName().equals("th") ? cell.text() : cell.className())
                        .toList())
                .toList();
    }

    @Test
    void aGuestVotesAndOnlyTheHolderOfTheEditLinkMayChangeIt() {
        String slug = pollWithOptions(owner, "Lunch", Map.of(), "Pizza", "Sushi");
        WebClient guest = new WebClient();

        Page poll = vote(guest, slug, "Alice", "yes", "no");

        assertThat(poll.uri().getPath()).isEqualTo("/poll/" + slug + "/");
        assertThat(poll.text()).contains("Your vote has been recorded.", "Keep the link to your vote!");
        String editLink = poll.html().getElementById("voteEditLinkAnchor").attr("href");
        assertThat(grid(poll)).hasSize(1);
        assertThat(grid(poll).get(0).get(0)).isEqualTo("Alice");
        String editPath =
                poll.html().selectFirst("#pollGrid tbody tr td.actions a").attr("href");
        assertThat(editPath).matches("/poll/" + slug + "/vote/\\d+/edit/");

        WebClient stranger = new WebClient();
        assertThat(stranger.get("/poll/" + slug + "/").html().select("#pollGrid tbody tr td.actions a"))
                .isEmpty();
        assertThat(stranger.get(editPath).status()).isEqualTo(403);

        Page edit = guest.get(editPath);
        assertThat(edit.status()).isEqualTo(200);
        List<String> fields = optionFields(edit);
        Page changed = guest.submit(edit, "voteForm", Map.of(fields.get(1), valueId(edit, "maybe")), "voteForm:save");
        assertThat(changed.text()).contains("Your vote has been changed.");

        Page viaLink = stranger.get(editLink.substring(editLink.indexOf("/editvote/")));
        assertThat(viaLink.status()).isEqualTo(200);
        assertThat(viaLink.uri().getPath()).isEqualTo(editPath);
        Page deleted = stranger.submit(viaLink, "voteForm", Map.of(), "voteForm:delete");
        assertThat(deleted.text()).contains("The vote has been deleted.");
        assertThat(grid(owner.get("/poll/" + slug + "/")).get(0)).hasSize(1);
    }

    @Test
    void aGuestVoteWithoutANameIsRefusedAndNothingIsSaved() {
        String slug = pollWithOptions(owner, "No name", Map.of(), "A");
        WebClient guest = new WebClient();

        Page refused = vote(guest, slug, "", "yes");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().getElementById("voteForm:nameMessage").text())
                .contains("Please enter your name, or post an anonymous vote.");
        assertThat(refused.html().selectFirst("#voteTable input[type=radio][checked]"))
                .isNotNull();
        assertThat(owner.get("/poll/" + slug + "/").html().select("#pollGrid tbody tr.empty-row"))
                .hasSize(1);
    }

    @Test
    void theVotePageShowsTheDescriptionSanitised() {
        String slug = pollWithOptions(
                owner, "Described", Map.of("createForm:description", "Bring **snacks**<script>alert(1)</script>"), "A");

        Page form = new WebClient().get("/poll/" + slug + "/vote/");

        assertThat(form.html().select(".description strong").text()).isEqualTo("snacks");
        assertThat(form.body()).doesNotContain("alert(1)");
    }

    @Test
    void aValueOfAnotherPollOrAnOptionOutsideThePollIsNotFound() {
        String slug = pollWithOptions(owner, "Scoped", Map.of(), "A");
        String other = pollWithOptions(owner, "Other", Map.of(), "B");
        WebClient guest = new WebClient();
        Page otherForm = guest.get("/poll/" + other + "/vote/");
        String foreignValue = valueId(otherForm, "yes");
        String foreignOption = optionFields(otherForm).get(0);

        Page form = guest.get("/poll/" + slug + "/vote/");
        String field = optionFields(form).get(0);
        Page foreign = guest.submit(
                form, "voteForm", Map.of("voteForm:name", "Mallory", field, foreignValue), "voteForm:save");
        assertThat(foreign.status()).isEqualTo(404);

        form = guest.get("/poll/" + slug + "/vote/");
        Page outside = guest.submit(
                form,
                "voteForm",
                Map.of("voteForm:name", "Mallory", foreignOption, valueId(form, "yes")),
                "voteForm:save");
        assertThat(outside.status()).isEqualTo(404);
        assertThat(owner.get("/poll/" + slug + "/").html().select("#pollGrid tbody tr.empty-row"))
                .hasSize(1);
    }

    @Test
    void aClosedPollTakesNoVotes() {
        String slug = pollWithOptions(
                owner, "Past", Map.of("createForm:dueDate_input", PollsToVoteOn.recentPastDueDate()), "A");
        WebClient guest = new WebClient();

        Page poll = guest.get("/poll/" + slug + "/");
        assertThat(poll.text()).contains("This poll is closed");
        assertThat(poll.html().getElementById("voteLink")).isNull();
        Page form = guest.get("/poll/" + slug + "/vote/");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("This poll is closed: voting is no longer possible.");
        assertThat(form.html().getElementById("voteForm")).isNull();
    }

    @Test
    void anUnknownVoteOrPollIsNotFound() {
        String slug = pollWithOptions(owner, "Unknown vote", Map.of(), "A");

        assertThat(owner.get("/poll/" + slug + "/vote/999999999/edit/").status())
                .isEqualTo(404);
        assertThat(owner.get("/poll/" + TestServer.uniqueSlug("none") + "/vote/")
                        .status())
                .isEqualTo(404);
        assertThat(owner.get("/editvote/" + "B".repeat(43)).status()).isEqualTo(404);
    }

    @Test
    void theManagerMayChangeEveryVoteAndSeesTheScores() {
        String slug = pollWithOptions(owner, "Scores", Map.of(), "A", "B", "C");
        vote(new WebClient(), slug, "Ann", "yes", "maybe", null);
        vote(new WebClient(), slug, "Bob", "yes", "no", null);

        Page poll = owner.get("/poll/" + slug + "/");

        assertThat(poll.html().select("#pollGrid tbody tr td.actions a")).hasSize(2);
        List<String> scores =
                poll.html().select("#pollGrid tfoot td[data-score]").eachText();
        assertThat(scores).containsExactly("100.0%", "25.0%", "n/a");
        assertThat(poll.html().select("#pollGrid tfoot td.best")).hasSize(1);
    }

    @Test
    void theCsvExportHasTheVisibleVotes() {
        String slug = pollWithOptions(owner, "Export", Map.of(), "Lunch/Mon", "Say \"hi\", please", "=cmd");
        vote(new WebClient(), slug, "Ann", "yes", "maybe", null);
        vote(new WebClient(), slug, "Bob, Jr.", null, "no", "yes");

        var response = owner.raw("/poll/" + slug + ".csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"" + slug + ".csv\"");
        String body = response.body();
        assertThat(body).startsWith("\uFEFF");
        String[] lines = body.substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo("Name,Datetime,Lunch/Mon,\"Say \"\"hi\"\", please\",'=cmd");
        assertThat(lines[1]).matches("Ann,\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2},yes,maybe,");
        assertThat(lines[2]).matches("\"Bob, Jr.\",.*,,no,yes");
        assertThat(lines).hasSize(3);
        assertThat(owner.get("/export/poll.csv").status()).isEqualTo(404);
        assertThat(owner.raw("/poll/" + TestServer.uniqueSlug("none") + ".csv").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aVotePostWithAStaleOrMissingViewStateSavesNothing() {
        String slug = pollWithOptions(owner, "Stale vote", Map.of(), "A");
        WebClient guest = new WebClient();
        Page form = guest.get("/poll/" + slug + "/vote/");
        String field = optionFields(form).get(0);
        String yes = valueId(form, "yes");

        Page stale = guest.submit(
                form,
                "voteForm",
                Map.of("jakarta.faces.ViewState", "0:0", "voteForm:name", "Eve", field, yes),
                "voteForm:save");
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.uri().getPath()).isEqualTo("/poll/" + slug + "/vote/");
        assertThat(stale.text()).contains("The page had expired");

        Map<String, String> withoutState = new HashMap<>();
        withoutState.put("jakarta.faces.ViewState", null);
        withoutState.put("voteForm:name", "Eve");
        withoutState.put(field, yes);
        Page missing = guest.submit(guest.get("/poll/" + slug + "/vote/"), "voteForm", withoutState, "voteForm:save");
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.html().getElementById("voteForm")).isNotNull();

        assertThat(owner.get("/poll/" + slug + "/").html().select("#pollGrid tbody tr.empty-row"))
                .hasSize(1);
    }
}
