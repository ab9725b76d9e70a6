package org.bitpoll.it.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.junit.jupiter.api.Test;

/**
 * A poll takes only so many votes an hour: the test server lowers that limit (pom.xml) and lifts the one per client
 * address, which every test shares on 127.0.0.1. Beyond the limit a vote, new or changed, is answered with 429 and
 * the message on the form, which keeps what was entered, and nothing is stored.
 */
class RateLimitIT {

    private static final int VOTES_PER_POLL = Integer.getInteger("bitpoll.votesPerPollPerHour", 200);
    private static final String REFUSED = "This poll has received very many votes in the last hour.";

    private static List<String> voterNames(WebClient client, String slug) {
        return client.get("/poll/" + slug + "/")
                .html()
                .select("#pollGrid tbody tr th")
                .eachText();
    }

    @Test
    void votesBeyondThePollsLimitAreRefusedWith429AndNotStored() {
        WebClient owner = new WebClient();
        String slug = VotingIT.pollWithOptions(owner, "Popular", Map.of(), "A");
        WebClient first = new WebClient();
        VotingIT.vote(first, slug, "Voter 1", "yes");
        for (int i = 2; i <= VOTES_PER_POLL; i++) {
            assertThat(VotingIT.vote(new WebClient(), slug, "Voter " + i, "yes").status())
                    .isEqualTo(200);
        }

        Page refused = VotingIT.vote(new WebClient(), slug, "One too many", "no");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.uri().getPath()).isEqualTo("/poll/" + slug + "/vote/");
        assertThat(refused.text()).contains(REFUSED);
        assertThat(refused.html().getElementById("voteForm:name").attr("value")).isEqualTo("One too many");
        assertThat(voterNames(owner, slug)).hasSize(VOTES_PER_POLL).doesNotContain("One too many");

        String editPath = first.get("/poll/" + slug + "/")
                .html()
                .selectFirst("#pollGrid tbody tr td.actions a")
                .attr("href");
        Page edit = first.get(editPath);
        Page change = first.submit(
                edit,
                "voteForm",
                Map.of(VotingIT.optionFields(edit).get(0), VotingIT.valueId(edit, "no")),
                "voteForm:save");

        assertThat(change.status()).isEqualTo(429);
        assertThat(change.text()).contains(REFUSED);
        assertThat(owner.get("/poll/" + slug + "/").html().select("#pollGrid tbody tr td.a1"))
                .isEmpty();
    }
}
