package org.bitpoll.it.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bitpoll.it.vote.PollsToVoteOn.changeSettings;
import static org.bitpoll.it.vote.PollsToVoteOn.csv;
import static org.bitpoll.it.vote.PollsToVoteOn.language;

import java.util.List;
import java.util.Map;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What readers see of the results: hidden votes are named as hidden, numbers and the due date follow the language,
 * and hidden participants stay hidden in every detail of the page and the CSV.
 */
class ResultsIT {

    private final WebClient owner = new WebClient();

    @ParameterizedTest
    @ValueSource(strings = {"SUMMARY", "NEVER", "SUMMARY_AFTER_VOTE", "COMPLETE_AFTER_VOTE"})
    void aVisitorWhoHasNotVotedIsToldThatVotesAreHidden(String mode) {
        String slug = VotingIT.pollWithOptions(owner, "Secret " + mode, Map.of(), "A");
        VotingIT.vote(new WebClient(), slug, "Ann", "yes");
        changeSettings(owner, slug, Map.of("showResults", mode));

        Page page = new WebClient().get("/poll/" + slug + "/");

        assertThat(page.html().select("#pollGrid tbody tr.empty-row").text())
                .isEqualTo("The individual votes are not shown.");
        assertThat(page.text()).doesNotContain("No votes yet");
        assertThat(owner.get("/poll/" + slug + "/")
                        .html()
                        .select("#pollGrid tbody th.name")
                        .eachText())
                .containsExactly("Ann");
    }

    @Test
    void aPollWithoutVotesSaysSoWhenEveryVoteIsShown() {
        String slug = VotingIT.pollWithOptions(owner, "Fresh", Map.of(), "A");

        assertThat(new WebClient()
                        .get("/poll/" + slug + "/")
                        .html()
                        .select("#pollGrid tbody tr.empty-row")
                        .text())
                .isEqualTo("No votes yet.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en | 100.0% | 50.0% | Due date: ",
                "de | 100,0\u00a0% | 50,0\u00a0% | Stichtag: ",
                "it | 100,0% | 50,0% | Scadenza: "
            })
    void numbersAndTheDueDateFollowTheLanguage(String code, String full, String half, String due) {
        String slug = VotingIT.pollWithOptions(
                owner, "Numbers " + code, Map.of("createForm:dueDate_input", "2031-03-01 18:00"), "A", "B");
        VotingIT.vote(new WebClient(), slug, "Ann", "yes", "maybe");
        WebClient reader = new WebClient();
        language(reader, code);

        Page page = reader.get("/poll/" + slug + "/");

        assertThat(page.html().select("#pollGrid tfoot td[data-score]").eachText())
                .containsExactly(full.replace('\u00a0', ' '), half.replace('\u00a0', ' '));
        assertThat(page.body()).contains(">" + full + "<");
        assertThat(page.html().select("#pollGrid tfoot td[data-score]").eachAttr("data-score"))
                .containsExactly("100.0", "50.0");
        assertThat(page.html().getElementById("dueDateBadge").text()).startsWith(due);
    }

    /** The rows of a page as their answers (the one thing a hidden row still shows), top to bottom. */
    private static List<String> rowsByAnswers(Page page) {
        return page.html().select("#pollGrid tbody tr").stream()
                .map(row -> String.join(" ", row.select("td:not(.actions)").eachAttr("class")))
                .toList();
    }

    @Test
    void hiddenParticipantsAreNotRevealedByTimesCommentsOrOrder() {
        String slug = VotingIT.pollWithOptions(owner, "Hidden", Map.of(), "A", "B", "C");
        WebClient zed = new WebClient();
        VotingIT.vote(zed, slug, "Zed", "yes", "no", "no");
        VotingIT.vote(new WebClient(), slug, "Amy", "no", "yes", "no");
        VotingIT.vote(new WebClient(), slug, "Bob", "no", "no", "yes");
        changeSettings(owner, slug, Map.of("hideParticipants", "on", "sorting", "DATE"));
        WebClient reader = new WebClient();

        Page byDate = reader.get("/poll/" + slug + "/");
        assertThat(byDate.html().select("#pollGrid tbody th.name").eachText())
                .containsExactly("Hidden participant", "Hidden participant", "Hidden participant");
        assertThat(byDate.html().select("#pollGrid tbody th.name").eachAttr("title"))
                .allSatisfy(tooltip -> assertThat(tooltip).doesNotContainPattern("\\d"));
        assertThat(byDate.html().select("#pollGrid tbody th.name.anonymous")).isEmpty();

        changeSettings(owner, slug, Map.of("sorting", "NAME"));
        Page byName = reader.get("/poll/" + slug + "/");
        assertThat(rowsByAnswers(byName))
                .as("neither the time nor the name orders hidden rows")
                .isEqualTo(rowsByAnswers(byDate));

        String[] lines = csv(reader, slug);
        assertThat(lines).hasSize(4);
        for (int i = 1; i < lines.length; i++) {
            assertThat(lines[i]).startsWith("Hidden participant,,");
        }

        Page own = zed.get("/poll/" + slug + "/");
        assertThat(own.html().select("#pollGrid tbody tr.mine th.name").text()).isEqualTo("Zed");
        assertThat(rowsByAnswers(own)).isEqualTo(rowsByAnswers(byDate));
        assertThat(owner.get("/poll/" + slug + "/")
                        .html()
                        .select("#pollGrid tbody th.name")
                        .eachText())
                .containsExactly("Amy", "Bob", "Zed");
    }
}
