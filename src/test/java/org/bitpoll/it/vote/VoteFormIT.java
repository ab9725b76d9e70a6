package org.bitpoll.it.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The vote form over HTTP: guests correct their name through their edit link, a refused vote says at each option
 * what is missing and keeps every comment, the vote page has the poll's header, and a voter sees one "change your
 * vote" action that leads to their latest vote.
 */
class VoteFormIT {

    private final WebClient owner = new WebClient();

    private static List<String> problems(Page page) {
        return page.html().select("#voteTable tbody tr").stream()
                .map(row -> {
                    Element problem = row.selectFirst(".option-problem");
                    return problem == null ? "" : problem.text();
                })
                .toList();
    }

    @Test
    void aGuestCorrectsTheNameThroughTheEditLink() {
        String slug = VotingIT.pollWithOptions(owner, "Typo", Map.of(), "A");
        WebClient guest = new WebClient();
        Page poll = VotingIT.vote(guest, slug, "Alcie", "yes");
        String editLink = poll.html().getElementById("voteEditLinkAnchor").attr("href");

        WebClient otherDevice = new WebClient();
        Page edit = otherDevice.get(editLink.substring(editLink.indexOf("/editvote/")));
        assertThat(edit.html().getElementById("voteForm:name").hasAttr("readonly"))
                .isFalse();
        Page changed = otherDevice.submit(edit, "voteForm", Map.of("voteForm:name", "Alice"), "voteForm:save");

        assertThat(changed.text()).contains("Your vote has been changed.");
        assertThat(changed.html().select("#pollGrid tbody th.name").eachText()).containsExactly("Alice");
        Page emptied = otherDevice.submit(
                otherDevice.get(edit.uri().getPath()), "voteForm", Map.of("voteForm:name", ""), "voteForm:save");
        assertThat(emptied.html().getElementById("voteForm:nameMessage").text())
                .contains("Please enter your name, or post an anonymous vote.");
        assertThat(owner.get("/poll/" + slug + "/")
                        .html()
                        .select("#pollGrid tbody th.name")
                        .eachText())
                .containsExactly("Alice");
    }

    @Test
    void forbiddenEmptyChoicesAreMarkedAtEachEmptyOption() {
        String slug = VotingIT.pollWithOptions(owner, "All of them", Map.of("createForm:voteAll", "on"), "A", "B", "C");

        Page refused = VotingIT.vote(new WebClient(), slug, "Ann", "yes", null, null);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().select("#globalMessages").text())
                .contains("This poll needs an answer for every option.");
        assertThat(problems(refused))
                .containsExactly(
                        "", "Please choose an answer for this option.", "Please choose an answer for this option.");
        assertThat(refused.html().select("#voteTable input[type=radio][checked]"))
                .hasSize(1);
        assertThat(owner.get("/poll/" + slug + "/").html().select("#pollGrid tbody tr.empty-row"))
                .hasSize(1);
    }

    @Test
    void aCommentOnAnUnansweredOptionIsKeptAndRefusedWithAMessage() {
        String slug = VotingIT.pollWithOptions(owner, "Comments", Map.of(), "Early", "Late");
        WebClient guest = new WebClient();
        Page form = guest.get("/poll/" + slug + "/vote/");
        List<String> fields = VotingIT.optionFields(form);
        Map<String, String> values = new HashMap<>();
        values.put("voteForm:name", "Ann");
        values.put(fields.get(0), VotingIT.valueId(form, "yes"));
        values.put(fields.get(1).replace("ballot:", "ballot-comment:"), "only after 18:00");

        Page refused = guest.submit(form, "voteForm", values, "voteForm:save");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().select("#globalMessages").text()).contains("Some comments belong to options");
        assertThat(problems(refused))
                .containsExactly("", "Please choose an answer for your comment, or remove the comment.");
        assertThat(refused.html()
                        .select("input[name='" + fields.get(1).replace("ballot:", "ballot-comment:") + "']")
                        .attr("value"))
                .isEqualTo("only after 18:00");
        assertThat(owner.get("/poll/" + slug + "/").html().select("#pollGrid tbody tr.empty-row"))
                .hasSize(1);

        values.put(fields.get(1), VotingIT.valueId(refused, "maybe"));
        Page saved = guest.submit(refused, "voteForm", values, "voteForm:save");
        assertThat(saved.text()).contains("Your vote has been recorded.");
        assertThat(saved.html().select("#pollGrid tbody td.c").attr("title")).isEqualTo("only after 18:00");
    }

    @Test
    void theVotePageShowsThePollsHeader() {
        String slug = VotingIT.pollWithOptions(
                owner,
                "Headed",
                Map.of("createForm:dueDate_input", "2031-03-01 18:00", "createForm:voteAll", "on"),
                "A");

        Page form = new WebClient().get("/poll/" + slug + "/vote/");

        assertThat(form.html().getElementById("pollTitle").text()).isEqualTo("Headed");
        assertThat(form.html().getElementById("dueDateBadge").text())
                .startsWith("Due date: ")
                .contains("2031");
        assertThat(form.html().getElementById("zoneBadge").text()).isEqualTo("Times in Europe/Berlin");
        assertThat(form.html().select("#badges li").eachText()).contains("Empty choices forbidden");
        assertThat(form.html().getElementById("closedBadge")).isNull();

        String closed = VotingIT.pollWithOptions(
                owner, "Over", Map.of("createForm:dueDate_input", PollsToVoteOn.recentPastDueDate()), "A");
        Page refused = new WebClient().get("/poll/" + closed + "/vote/");
        assertThat(refused.html().getElementById("pollTitle").text()).isEqualTo("Over");
        assertThat(refused.html().getElementById("closedBadge").text()).isEqualTo("Closed");
        assertThat(refused.text()).contains("This poll is closed: voting is no longer possible.");
    }

    @Test
    void aVoterSeesOneChangeYourVoteActionThatLeadsToTheLatestVote() {
        String slug = VotingIT.pollWithOptions(owner, "Twice", Map.of(), "A");
        WebClient guest = new WebClient();
        VotingIT.vote(guest, slug, "Me", "yes");
        Page poll = VotingIT.vote(guest, slug, "My partner", "no");

        List<String> editPaths =
                poll.html().select("#pollGrid tbody tr.mine td.actions a").eachAttr("href");
        assertThat(editPaths).hasSize(2);
        Element change = poll.html().getElementById("ownVoteLink");
        assertThat(change.text()).isEqualTo("Change your vote");
        assertThat(change.hasClass("primary-action")).isTrue();
        assertThat(change.attr("href")).isEqualTo(editPaths.get(1));
        assertThat(poll.html().select(".vote-actions .primary-action")).hasSize(1);
        assertThat(poll.html().getElementById("voteLink").text()).isEqualTo("Add another vote");

        Page stranger = new WebClient().get("/poll/" + slug + "/");
        assertThat(stranger.html().getElementById("ownVoteLink")).isNull();
        assertThat(stranger.html().getElementById("voteLink").text()).isEqualTo("Vote");
        assertThat(stranger.html().getElementById("voteLink").hasClass("primary-action"))
                .isTrue();
    }
}
