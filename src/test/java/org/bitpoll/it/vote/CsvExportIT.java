package org.bitpoll.it.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bitpoll.it.vote.PollsToVoteOn.csv;
import static org.bitpoll.it.vote.PollsToVoteOn.language;

import java.util.Map;
import org.bitpoll.it.support.WebClient;
import org.junit.jupiter.api.Test;

/** The CSV export's columns: "Datetime" in whole seconds, and free-text options by their group path. */
class CsvExportIT {

    private final WebClient owner = new WebClient();

    @Test
    void theHeaderShowsGroupPathsWithoutEscapesAndTheTimeColumnSaysDatetime() {
        String slug = VotingIT.pollWithOptions(owner, "Paths", Map.of(), "a\\/b", "Lunch / Mon", "back\\\\slash");
        VotingIT.vote(new WebClient(), slug, "Ann", "yes", "no", "maybe");

        String[] lines = csv(owner, slug);

        assertThat(lines[0]).isEqualTo("Name,Datetime,a/b,Lunch/Mon,back\\slash");
        assertThat(lines[1]).matches("Ann,\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2},yes,no,maybe");
    }

    @Test
    void theColumnNamesFollowTheLanguage() {
        String slug = VotingIT.pollWithOptions(owner, "Sprache", Map.of(), "A");
        WebClient german = new WebClient();
        language(german, "de");
        WebClient italian = new WebClient();
        language(italian, "it");

        assertThat(csv(german, slug)[0]).isEqualTo("Name,Datum und Uhrzeit,A");
        assertThat(csv(italian, slug)[0]).isEqualTo("Nome,Data e ora,A");
    }
}
