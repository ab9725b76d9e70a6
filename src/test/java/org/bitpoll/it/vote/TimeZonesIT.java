package org.bitpoll.it.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bitpoll.it.vote.PollsToVoteOn.browserZone;
import static org.bitpoll.it.vote.PollsToVoteOn.changeSettings;
import static org.bitpoll.it.vote.PollsToVoteOn.csv;
import static org.bitpoll.it.vote.PollsToVoteOn.dateTimePoll;
import static org.bitpoll.it.vote.PollsToVoteOn.optionLabels;

import java.util.Map;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.junit.jupiter.api.Test;

/**
 * Every page of a poll shows its times in one zone and names it: the poll's, or, when the poll translates times,
 * the viewer's (the zone cookie of bitpoll.js). The results, the vote form, the edit form and the CSV agree.
 */
class TimeZonesIT {

    private final WebClient owner = new WebClient();

    @Test
    void aTranslatingPollShowsTheSameTimeEverywhereInTheViewersZone() {
        // 09:15 in Berlin in January (UTC+1) is 17:15 in Tokyo (UTC+9)
        String slug = dateTimePoll(owner, "Call", "2030-01-07", "09:15");
        changeSettings(owner, slug, Map.of("useUserTimeZone", "on"));
        WebClient tokyo = new WebClient();
        browserZone(tokyo, "Asia/Tokyo");

        Page poll = tokyo.get("/poll/" + slug + "/");
        assertThat(poll.html().select("#pollGrid thead tr").get(1).select("th").eachText())
                .containsExactly("17:15");
        assertThat(poll.html().getElementById("zoneBadge").text()).isEqualTo("Times in Asia/Tokyo");

        Page form = tokyo.get("/poll/" + slug + "/vote/");
        assertThat(optionLabels(form)).containsExactly("Mon, 7 Jan 2030 · 17:15");
        assertThat(form.html().getElementById("zoneBadge").text()).isEqualTo("Times in Asia/Tokyo");

        Page voted = VotingIT.vote(tokyo, slug, "Kenji", "yes");
        String editPath =
                voted.html().selectFirst("#pollGrid tbody tr.mine td.actions a").attr("href");
        Page edit = tokyo.get(editPath);
        assertThat(optionLabels(edit)).containsExactly("Mon, 7 Jan 2030 · 17:15");
        assertThat(edit.html().getElementById("zoneBadge").text()).isEqualTo("Times in Asia/Tokyo");

        String[] lines = csv(tokyo, slug);
        assertThat(lines[0]).isEqualTo("Name,Datetime,2030-01-07T17:15:00+09:00");
        assertThat(lines[1]).matches("Kenji,\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+09:00,yes");
    }

    @Test
    void aPollInItsOwnZoneNamesItAndIgnoresTheViewersZone() {
        String slug = dateTimePoll(owner, "Stand-up", "2030-01-07", "09:15");
        WebClient tokyo = new WebClient();
        browserZone(tokyo, "Asia/Tokyo");

        Page poll = tokyo.get("/poll/" + slug + "/");
        assertThat(poll.html().select("#pollGrid thead tr").get(1).select("th").eachText())
                .containsExactly("09:15");
        assertThat(poll.html().getElementById("zoneBadge").text()).isEqualTo("Times in Europe/Berlin");
        assertThat(poll.html().select("[data-zone-check]")).isEmpty();
        assertThat(optionLabels(tokyo.get("/poll/" + slug + "/vote/"))).containsExactly("Mon, 7 Jan 2030 · 09:15");
        assertThat(csv(tokyo, slug)[0]).isEqualTo("Name,Datetime,2030-01-07T09:15:00+01:00");
    }

    @Test
    void withoutTheZoneCookieThePageNamesTheZoneItWasWrittenInForTheBrowserToCheck() {
        String slug = dateTimePoll(owner, "First visit", "2030-01-07", "09:15");
        changeSettings(owner, slug, Map.of("useUserTimeZone", "on"));
        WebClient newcomer = new WebClient();

        Page poll = newcomer.get("/poll/" + slug + "/");
        assertThat(poll.html().select("[data-zone-check]").attr("data-zone-check"))
                .isEqualTo("Europe/Berlin");
        assertThat(newcomer.get("/poll/" + slug + "/vote/")
                        .html()
                        .select("[data-zone-check]")
                        .attr("data-zone-check"))
                .isEqualTo("Europe/Berlin");

        browserZone(newcomer, "Asia/Tokyo");
        assertThat(newcomer.get("/poll/" + slug + "/")
                        .html()
                        .select("[data-zone-check]")
                        .attr("data-zone-check"))
                .isEqualTo("Asia/Tokyo");
    }

    @Test
    void anUnknownZoneInTheCookieFallsBackToThePollsZone() {
        String slug = dateTimePoll(owner, "Mars", "2030-01-07", "09:15");
        changeSettings(owner, slug, Map.of("useUserTimeZone", "on"));
        WebClient odd = new WebClient();
        browserZone(odd, "Mars/Olympus_Mons");

        Page poll = odd.get("/poll/" + slug + "/");
        assertThat(poll.status()).isEqualTo(200);
        assertThat(poll.html().getElementById("zoneBadge").text()).isEqualTo("Times in Europe/Berlin");
        assertThat(csv(odd, slug)[0]).isEqualTo("Name,Datetime,2030-01-07T09:15:00+01:00");
    }
}
