package org.bitpoll.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.bitpoll.it.support.TestServer;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The speed benchmark of issue 3, run with {@code mvn -Pintegration-testing,benchmark verify} against the real WAR
 * on the build's WildFly: the H2 test server, or the PostgreSQL one with {@code -Dbenchmark.db=postgresql} (pom.xml
 * gives the test JVM that server's address, port offset and database). It seeds three polls through the UI over HTTP and measures, sequentially after a
 * warm-up, the poll page, the CSV export and a vote POST: median, p95, and response size. Vote i answers option j
 * with default value number (i·7 + j·3) mod 4 in the order yes, no, maybe, rather not. The server's RSS is read
 * from /proc while it serves the big poll. Results go to target/benchmark.md; BENCHMARKS.md records a run.
 * It measures, it does not judge: no assertion on times.
 */
class PollPageBenchmark {

    private static final String[] VALUES = {"yes", "no", "maybe", "rather not"};
    private static final int WARMUP = 15;
    private static final int RUNS = 60;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final StringBuilder report = new StringBuilder();

    @Test
    void measure() throws Exception {
        WebClient owner = new WebClient();
        String small = universalPoll(owner, 10);
        seedVotes(small, 20);
        String medium = dateTimePoll(owner, 10);
        seedVotes(medium, 200);
        String large = dateTimePoll(owner, 20);
        seedVotes(large, 1000);

        report.append("Database: ")
                .append(System.getProperty("bitpoll.database", "H2"))
                .append("\n\n| what | median ms | p95 ms | bytes | gzip bytes |\n|---|---|---|---|---|\n");
        measureGet("p-small poll page", "/poll/" + small + "/");
        measureGet("p-medium poll page", "/poll/" + medium + "/");
        measureGet("p-large poll page", "/poll/" + large + "/");
        measureGet("p-medium CSV", "/poll/" + medium + ".csv");
        measureGet("p-large CSV", "/poll/" + large + ".csv");
        measureVotePost(medium);
        long rss = serverRssKb();
        report.append("\nServer RSS after serving p-large: ").append(rss / 1024).append(" MB\n");

        Path out = Path.of("target", "benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
        assertThat(rss).isPositive();
    }

    private String universalPoll(WebClient owner, int options) {
        String slug = "p-small-" + UUID.randomUUID().toString().substring(0, 6);
        Page editor = owner.submit(
                owner.get("/"),
                "createForm",
                Map.of("createForm:type", "universal", "createForm:title", "p-small", "createForm:slug", slug),
                "createForm:create");
        for (int i = 1; i <= options; i++) {
            editor = owner.submit(
                    editor, "choicesForm", Map.of("choicesForm:newText", "Option " + i), "choicesForm:add");
        }
        return slug;
    }

    private String dateTimePoll(WebClient owner, int days) {
        String slug = "p-" + days + "-" + UUID.randomUUID().toString().substring(0, 6);
        Page step1 = owner.submit(
                owner.get("/"),
                "createForm",
                Map.of(
                        "createForm:type",
                        "datetime",
                        "createForm:title",
                        "p-" + (days == 10 ? "medium" : "large"),
                        "createForm:slug",
                        slug),
                "createForm:create");
        String dates = IntStream.range(0, days)
                .mapToObj(i -> LocalDate.of(2030, 1, 7).plusDays(i).toString())
                .collect(Collectors.joining(","));
        Page page = owner.submit(step1, "wizardForm", Map.of("wizardForm:dates_input", dates), "wizardForm:toTimes");
        for (String time : List.of("09:00", "11:00", "13:00", "15:00")) {
            page = owner.submit(page, "wizardForm", Map.of("wizardForm:newTime", time), "wizardForm:addTime");
        }
        page = owner.submit(page, "wizardForm", Map.of("wizardForm:newTime", "17:00"), "wizardForm:toCombinations");
        Page poll = owner.submit(page, "wizardForm", Map.of(), "wizardForm:saveCombinations");
        assertThat(poll.uri().getPath()).isEqualTo("/poll/" + slug + "/");
        return slug;
    }

    private void seedVotes(String slug, int votes) {
        WebClient voter = new WebClient();
        Page form = voter.get("/poll/" + slug + "/vote/");
        List<String> fields = form.html().select("#voteTable tbody tr").stream()
                .map(row -> row.selectFirst("input[type=radio]").attr("name"))
                .toList();
        Map<String, String> valueIds = new HashMap<>();
        for (Element label : form.html().select("#voteTable tbody tr").first().select("label.answer")) {
            valueIds.put(label.text(), label.selectFirst("input").attr("value"));
        }
        for (int i = 0; i < votes; i++) {
            WebClient person = new WebClient();
            Page fresh = person.get("/poll/" + slug + "/vote/");
            Map<String, String> values = new HashMap<>();
            values.put("voteForm:name", String.format(Locale.ROOT, "Voter %04d", i + 1));
            for (int j = 0; j < fields.size(); j++) {
                values.put(fields.get(j), valueIds.get(VALUES[(i * 7 + j * 3) % 4]));
            }
            Page result = person.submit(fresh, "voteForm", values, "voteForm:save");
            assertThat(result.uri().getPath()).isEqualTo("/poll/" + slug + "/");
        }
    }

    private void measureGet(String what, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(TestServer.uri(path)).GET().build();
        byte[] body = null;
        for (int i = 0; i < WARMUP; i++) {
            body = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            nanos[i] = System.nanoTime() - start;
            assertThat(response.statusCode()).isEqualTo(200);
            body = response.body();
        }
        row(what, nanos, body.length, gzipSize(body));
    }

    private void measureVotePost(String slug) throws IOException, InterruptedException {
        long[] nanos = new long[RUNS];
        for (int i = -WARMUP; i < RUNS; i++) {
            WebClient voter = new WebClient();
            Page form = voter.get("/poll/" + slug + "/vote/");
            Map<String, String> fields = new HashMap<>();
            for (Element input :
                    form.html().select("#voteForm input[type=hidden], #voteForm input[name^=ballot-comment]")) {
                fields.put(input.attr("name"), input.attr("value"));
            }
            form.html().select("#voteTable tbody tr").forEach(row -> {
                Element radio = row.selectFirst("input[type=radio]");
                fields.put(radio.attr("name"), radio.attr("value"));
            });
            fields.put("voteForm", "voteForm");
            fields.put("voteForm:name", "Bench " + i);
            fields.put("voteForm:save", "voteForm:save");
            fields.put(
                    "primefaces.nonce", form.html().selectFirst("script[nonce]").attr("nonce"));
            StringJoiner body = new StringJoiner("&");
            fields.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8)));
            String cookie = voter.cookies().getCookieStore().getCookies().stream()
                    .map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
            HttpRequest post = HttpRequest.newBuilder(form.uri()
                            .resolve(form.html().getElementById("voteForm").attr("action")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", cookie)
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - start;
            assertThat(response.statusCode()).isEqualTo(302);
            if (i >= 0) {
                nanos[i] = elapsed;
            }
        }
        row("vote POST (p-medium)", nanos, 0, 0);
    }

    private void row(String what, long[] nanos, int bytes, int gzipBytes) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / 1e6;
        double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6;
        report.append(String.format(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %s | %s |%n",
                what,
                median,
                p95,
                bytes == 0 ? "–" : bytes,
                gzipBytes == 0 ? "–" : gzipBytes));
    }

    private static int gzipSize(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        }
        return out.size();
    }

    /** The resident set of the WildFly serving the benchmark (the one on its test port offset), in kB. */
    private static long serverRssKb() throws IOException {
        String offset = "jboss.socket.binding.port-offset=" + System.getProperty("bitpoll.portOffset", "100") + " ";
        List<Long> candidates = new ArrayList<>();
        ProcessHandle.allProcesses()
                .forEach(process -> process.info().commandLine().ifPresent(command -> {
                    if (command.contains("jboss-modules.jar") && (command + " ").contains(offset)) {
                        candidates.add(process.pid());
                    }
                }));
        for (Long pid : candidates) {
            for (String line : Files.readAllLines(Path.of("/proc", pid.toString(), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        }
        return -1;
    }
}
