package org.bitpoll.it.owner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.bitpoll.it.poll.PollFixtures;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.bitpoll.it.vote.PollsToVoteOn;
import org.junit.jupiter.api.Test;

/**
 * Ownership and login over HTTP, for guests: a guest holding the management link is asked to log in to claim
 * the poll and gets no owner form; a poll that requires login leads guests to the login page and back.
 */
class OwnershipIT {

    private final WebClient guest = new WebClient();

    @Test
    void aGuestHoldingTheManagementLinkIsAskedToLogInToClaimThePoll() {
        String slug = PollFixtures.uniqueSlug("claim");
        PollFixtures.create(guest, "universal", "Claim me", slug);

        Page settings = guest.get("/poll/" + slug + "/settings/");

        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.html().getElementById("ownerNobody")).isNotNull();
        assertThat(settings.html()
                        .getElementById("loginToClaim")
                        .selectFirst("a")
                        .attr("href"))
                .isEqualTo("/login/?next=%2Fpoll%2F" + slug + "%2Fsettings%2F");
        assertThat(settings.html().getElementById("ownerForm")).isNull();
        assertThat(settings.html().getElementById("claimForm")).isNull();
        assertThat(settings.html().getElementById("retireLinkForm")).isNull();
    }

    @Test
    void aPollThatRequiresLoginLeadsGuestsToTheLoginPageAndBackToTheVoteForm() {
        String slug =
                PollsToVoteOn.pollWithOptions(guest, "Members only", Map.of("createForm:requireLogin", "on"), "A");
        WebClient stranger = new WebClient();

        Page poll = stranger.get("/poll/" + slug + "/");
        assertThat(poll.html().getElementById("loginToVote").attr("href"))
                .isEqualTo("/login/?next=%2Fpoll%2F" + slug + "%2Fvote%2F");
        assertThat(poll.html().getElementById("voteLink")).isNull();

        HttpResponse<String> form = stranger.raw("/poll/" + slug + "/vote/");
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location").orElseThrow())
                .endsWith("/login/?next=%2Fpoll%2F" + slug + "%2Fvote%2F");
    }

    @Test
    void loginRequiredIsASettingOfThePoll() {
        String slug = PollsToVoteOn.pollWithOptions(guest, "Open at first", Map.of(), "A");
        assertThat(new WebClient().get("/poll/" + slug + "/").html().getElementById("voteLink"))
                .isNotNull();

        PollsToVoteOn.changeSettings(guest, slug, Map.of("requireLogin", "on"));

        assertThat(guest.get("/poll/" + slug + "/settings/")
                        .html()
                        .getElementById("settingsForm:requireLogin")
                        .hasAttr("checked"))
                .isTrue();
        assertThat(new WebClient().get("/poll/" + slug + "/").html().getElementById("loginToVote"))
                .isNotNull();
    }
}
