package org.bitpoll.it.owner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.bitpoll.it.vote.PollsToVoteOn;
import org.junit.jupiter.api.Test;

/** Assigning a guest vote to an account (F11) over HTTP: who may open the page, and votes of other polls. */
class AssignVoteIT {

    private final WebClient owner = new WebClient();

    /** A guest's vote on the poll; returns its id, read from where the guest's edit link leads. */
    static long guestVote(WebClient guest, String slug, String name) {
        Page form = guest.get("/poll/" + slug + "/vote/");
        Page poll = guest.submit(
                form,
                "voteForm",
                Map.of(
                        "voteForm:name",
                        name,
                        form.html().selectFirst("#voteTable input[type=radio]").attr("name"),
                        form.html().selectFirst("#voteTable input[type=radio]").attr("value")),
                "voteForm:save");
        String link = poll.html().getElementById("voteEditLinkAnchor").attr("href");
        Page edit = guest.get(link.substring(link.indexOf("/editvote/")));
        String path = edit.uri().getPath();
        assertThat(path).matches("/poll/" + slug + "/vote/\\d+/edit/");
        return Long.parseLong(path.replaceAll(".*/vote/(\\d+)/edit/", "$1"));
    }

    @Test
    void aGuestMayNotAssignEvenTheirOwnVoteNorCanAnyoneSeeThePage() {
        String slug = PollsToVoteOn.pollWithOptions(owner, "Guests", Map.of(), "A");
        WebClient guest = new WebClient();
        long vote = guestVote(guest, slug, "Carol");

        assertThat(guest.get("/poll/" + slug + "/vote/" + vote + "/assign/").status())
                .isEqualTo(403);
        assertThat(owner.get("/poll/" + slug + "/vote/" + vote + "/assign/").status())
                .isEqualTo(403);
        assertThat(owner.get("/poll/" + slug + "/").html().select("a.assign-vote"))
                .isEmpty();
    }

    @Test
    void aVoteOfAnotherPollOrNoVoteIsNotFound() {
        String slug = PollsToVoteOn.pollWithOptions(owner, "Here", Map.of(), "A");
        String other = PollsToVoteOn.pollWithOptions(owner, "There", Map.of(), "A");
        long voteThere = guestVote(new WebClient(), other, "Dan");

        assertThat(owner.get("/poll/" + slug + "/vote/" + voteThere + "/assign/")
                        .status())
                .isEqualTo(404);
        assertThat(owner.get("/poll/" + slug + "/vote/999999999/assign/").status())
                .isEqualTo(404);
        assertThat(owner.get("/poll/" + slug + "/vote/abc/assign/").status()).isEqualTo(404);
    }
}
