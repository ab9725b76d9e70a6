package org.bitpoll.it.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitpoll.it.account.LoginIT;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.vote.PollsToVoteOn;
import org.junit.jupiter.api.Test;

/**
 * Health and metrics on the test server's management interface, as a probe and a Prometheus scraper read them:
 * {@code /health/ready} and {@code /health/live} with Bitpoll's checks, {@code /metrics} with its counters.
 */
class ObservabilityIT {

    private static final Pattern SAMPLE = Pattern.compile("^(\\w+)\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE);

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> management(String path) {
        URI uri = URI.create("http://localhost:" + System.getProperty("bitpoll.managementPort", "9990") + path);
        try {
            return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonObject health(String path) {
        HttpResponse<String> response = management(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(check -> check.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }

    @Test
    void readinessSaysTheDatabaseIsReachableAndAtTheNewestMigration() {
        JsonObject ready = health("/health/ready");

        assertThat(ready.getString("status")).isEqualTo("UP");
        JsonObject database = check(ready, "bitpoll-database");
        assertThat(database.getString("status")).isEqualTo("UP");
        JsonObject data = database.getJsonObject("data");
        assertThat(data.getString("database")).isEqualTo("reachable");
        assertThat(data.getString("schema")).isEqualTo(data.getString("newest")).isNotEqualTo("none");
    }

    @Test
    void livenessHasBitpollsCheck() {
        JsonObject live = health("/health/live");

        assertThat(live.getString("status")).isEqualTo("UP");
        assertThat(check(live, "bitpoll").getString("status")).isEqualTo("UP");
    }

    @Test
    void aVoteCountsOnceAsCast() {
        WebClient owner = new WebClient();
        String slug = PollsToVoteOn.pollWithOptions(owner, "Counted vote", Map.of(), "Red", "Blue");
        double before = sample("bitpoll_votes_total", "action=\"cast\"");

        WebClient.Page voted = PollsToVoteOn.vote(new WebClient(), slug, "Counter", "yes", "no");

        assertThat(voted.uri().getPath()).isEqualTo("/poll/" + slug + "/");
        assertThat(sample("bitpoll_votes_total", "action=\"cast\"")).isEqualTo(before + 1);
    }

    @Test
    void pageViewsCountPerPageAndPostBacksDoNot() {
        double before = sample("bitpoll_page_views_total", "page=\"/about/index.xhtml\"");

        new WebClient().get("/about/");
        new WebClient().get("/about/");

        assertThat(sample("bitpoll_page_views_total", "page=\"/about/index.xhtml\""))
                .isEqualTo(before + 2);
    }

    @Test
    void loginsCountByOutcome() {
        TestAccounts.Credentials account = TestAccounts.create("metrics");
        double succeeded = sample("bitpoll_logins_total", "outcome=\"succeeded\"");
        double failed = sample("bitpoll_logins_total", "outcome=\"failed\"");

        LoginIT.logIn(new WebClient(), account.username(), account.password() + "-wrong");
        LoginIT.logIn(new WebClient(), account.username(), account.password());

        assertThat(sample("bitpoll_logins_total", "outcome=\"succeeded\"")).isEqualTo(succeeded + 1);
        assertThat(sample("bitpoll_logins_total", "outcome=\"failed\"")).isEqualTo(failed + 1);
    }

    /** The value of the metric whose labels include {@code label}, as the Prometheus endpoint shows it now (0 if absent). */
    private double sample(String metric, String label) {
        HttpResponse<String> response = management("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        Matcher samples = SAMPLE.matcher(response.body());
        double value = 0;
        int found = 0;
        while (samples.find()) {
            if (samples.group(1).equals(metric) && samples.group(2).contains(label)) {
                value += Double.parseDouble(samples.group(3));
                found++;
            }
        }
        assertThat(found).as(metric + "{" + label + "} at most once").isLessThanOrEqualTo(1);
        return value;
    }
}
