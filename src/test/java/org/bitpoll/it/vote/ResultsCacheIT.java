package org.bitpoll.it.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.bitpoll.it.support.TestServer;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The poll page keeps its results grid in memory between requests (issue 10): viewers with different rights still
 * see their own rows and links right after each other, every change shows on the very next load, and the answers
 * with and without gzip carry the same grid.
 */
class ResultsCacheIT {

    private final WebClient owner = new WebClient();
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** Per vote row: its name, "mine" when it is the viewer's, its links, and its cells' classes. */
    private static List<String> rows(WebClient viewer, String slug) {
        Page page = viewer.get("/poll/" + slug + "/");
        assertThat(page.status()).isEqualTo(200);
        return page.html().select("#pollGrid tbody tr:not(.empty-row)").stream()
                .map(row -> row.selectFirst("th").text()
                        + (row.hasClass("mine") ? " mine" : "")
                        + " links=" + row.select("td.actions a").size()
                        + " " + row.select("td:not(.actions)").eachAttr("class"))
                .toList();
    }

    @Test
    void viewersWithDifferentRightsSeeTheirOwnGridRightAfterEachOther() {
        String slug = VotingIT.pollWithOptions(owner, "Rights", Map.of(), "A", "B");
        WebClient alice = new WebClient();
        VotingIT.vote(alice, slug, "Alice", "yes", "no");
        WebClient bob = new WebClient();
        VotingIT.vote(bob, slug, "Bob", "no", null);
        WebClient stranger = new WebClient();

        for (int round = 0; round < 2; round++) {
            assertThat(rows(alice, slug)).containsExactly("Alice mine links=1 [a0, a3]", "Bob links=0 [a3, u]");
            assertThat(rows(stranger, slug)).containsExactly("Alice links=0 [a0, a3]", "Bob links=0 [a3, u]");
            assertThat(rows(bob, slug)).containsExactly("Alice links=0 [a0, a3]", "Bob mine links=1 [a3, u]");
            assertThat(rows(owner, slug)).containsExactly("Alice links=1 [a0, a3]", "Bob links=1 [a3, u]");
        }
    }

    @Test
    void everyChangeOfVotesOptionsAndSettingsShowsOnTheNextLoad() {
        String slug = VotingIT.pollWithOptions(owner, "Changes", Map.of(), "A", "B");
        WebClient alice = new WebClient();
        Page voted = VotingIT.vote(alice, slug, "Alice", "yes", "no");
        String editPath = voted.html().selectFirst("#pollGrid td.actions a").attr("href");
        WebClient reader = new WebClient();
        assertThat(rows(reader, slug)).containsExactly("Alice links=0 [a0, a3]");

        VotingIT.vote(new WebClient(), slug, "Carol", "maybe", "yes");
        assertThat(rows(reader, slug)).containsExactly("Alice links=0 [a0, a3]", "Carol links=0 [a1, a0]");

        Page edit = alice.get(editPath);
        List<String> fields = VotingIT.optionFields(edit);
        alice.submit(edit, "voteForm", Map.of(fields.get(0), VotingIT.valueId(edit, "rather not")), "voteForm:save");
        assertThat(rows(reader, slug)).containsExactly("Alice links=0 [a2, a3]", "Carol links=0 [a1, a0]");

        Page options = owner.get("/poll/" + slug + "/edit/choices/universal/");
        owner.submit(options, "choicesForm", Map.of("choicesForm:newText", "C"), "choicesForm:add");
        assertThat(rows(reader, slug)).containsExactly("Alice links=0 [a2, a3, u]", "Carol links=0 [a1, a0, u]");

        Page settings = owner.get("/poll/" + slug + "/settings/");
        owner.submit(settings, "settingsForm", Map.of("settingsForm:hideParticipants", "on"), "settingsForm:save");
        assertThat(rows(reader, slug))
                .containsExactlyInAnyOrder(
                        "Hidden participant links=0 [a2, a3, u]", "Hidden participant links=0 [a1, a0, u]");
        assertThat(rows(alice, slug)).contains("Alice mine links=1 [a2, a3, u]");

        Page again = alice.get(editPath);
        alice.submit(again, "voteForm", Map.of(), "voteForm:delete");
        assertThat(rows(reader, slug)).containsExactly("Hidden participant links=0 [a1, a0, u]");
    }

    private HttpResponse<byte[]> send(String method, String path, String acceptEncoding) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(TestServer.uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String body(HttpResponse<byte[]> response) {
        if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String grid(HttpResponse<byte[]> response) {
        return Jsoup.parse(body(response)).getElementById("pollGrid").outerHtml();
    }

    @Test
    void answersWithAndWithoutGzipCarryTheSameGrid() {
        String slug = VotingIT.pollWithOptions(owner, "Encodings", Map.of(), "A", "B", "C");
        for (int i = 0; i < 15; i++) {
            VotingIT.vote(new WebClient(), slug, "Voter " + i, "yes", i % 2 == 0 ? "no" : "maybe", null);
        }
        String path = "/poll/" + slug + "/";

        HttpResponse<byte[]> plain = send("GET", path, null);
        HttpResponse<byte[]> gzip = send("GET", path, "gzip, deflate, br");
        HttpResponse<byte[]> refused = send("GET", path, "gzip;q=0, identity");

        assertThat(plain.headers().firstValue("Content-Encoding")).isNotEqualTo(Optional.of("gzip"));
        assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(refused.headers().firstValue("Content-Encoding")).isNotEqualTo(Optional.of("gzip"));
        for (HttpResponse<byte[]> response : List.of(plain, gzip, refused)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().allValues("Vary")).anyMatch(vary -> vary.contains("Accept-Encoding"));
        }
        assertThat(gzip.body().length).isLessThan(plain.body().length / 2);
        assertThat(grid(gzip)).isEqualTo(grid(plain)).isEqualTo(grid(refused)).contains("Voter 14");
        assertThat(Jsoup.parse(body(gzip)).select("#pollGrid tbody tr")).hasSize(15);

        HttpResponse<byte[]> head = send("HEAD", path, "gzip");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();

        HttpResponse<byte[]> missing = send("GET", "/poll/" + TestServer.uniqueSlug("none") + "/", "gzip");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(body(missing)).contains("</html>");
    }
}
