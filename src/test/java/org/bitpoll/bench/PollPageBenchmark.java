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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.bitpoll.it.support.Browser;
import org.bitpoll.it.support.TestServer;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The speed benchmark of issues 3 and 10, run with {@code mvn -Pintegration-testing,benchmark verify} against the
 * real WAR on the build's WildFly: the H2 test server, or the PostgreSQL one with {@code -Dbenchmark.db=postgresql}
 * (pom.xml gives the test JVM that server's address, port offset and database). It seeds three polls through the
 * UI over HTTP, then measures:
 * <ol>
 *   <li>sequentially after a warm-up, the poll pages, the CSV exports and a vote POST: median, p95, size;
 *   <li>the poll pages in one headless Chromium ({@link BrowserTimings}): navigation start to DOM interactive and
 *       to the load event, the number of elements, and the renderer's layout, style and script time;
 *   <li>concurrent readers without a session ({@link Readers}): pages per second, median and p95;
 *   <li>voters posting at the same moment ({@link Voters}): median and p95 of the POST, and the acknowledged votes
 *       against the votes the CSV export shows afterwards;
 *   <li>the server's RSS, sampled from /proc throughout ({@link ServerMemory}).
 * </ol>
 * Vote i answers option j with default value number (i·7 + j·3) mod 4 in the order yes, no, maybe, rather not.
 * Results go to target/benchmark.md, with a table against the targets of issue 10; BENCHMARKS.md records runs.
 * It measures, it does not judge: no assertion on times. A part that breaks is reported as such, the others
 * still run, and the test fails at the end.
 *
 * <p>Two system properties help while working on one part: {@code -Dbenchmark.parts=sequential,readers} measures
 * only the named parts ({@code sequential}, {@code browser}, {@code readers}, {@code voters}; all by default), and
 * {@code -Dbenchmark.jfr=/tmp/x.jfr} records a Java Flight Recorder profile of the server ({@code jcmd}) from the end
 * of the seeding to the end of the measured parts. {@code -Dbenchmark.pages=DIR} saves the three poll pages with
 * their resources in DIR, for experiments on static copies.
 */
class PollPageBenchmark {

    private static final String[] VALUES = {"yes", "no", "maybe", "rather not"};
    private static final int WARMUP = 15;
    private static final int RUNS = 60;
    private static final int BROWSER_LOADS = 5;
    private static final int CONCURRENT_VOTERS = 64;

    /** A folder to save the poll pages in with their resources ({@code -Dbenchmark.pages=…}), or null. */
    private static final String PAGES = System.getProperty("benchmark.pages");

    private static final String LARGE_INTERACTIVE = "p-large in headless Chromium, navigation start → DOM interactive";
    private static final String LARGE_LOAD = "p-large in headless Chromium, → load event";
    private static final String MEDIUM_LOAD = "p-medium in headless Chromium, → load event";
    private static final String SINGLE = "p-large, single client, median server time";
    private static final String LARGE_CONCURRENT = "p-large, 4 concurrent clients, gzip";
    private static final String SMALL_CONCURRENT = "p-small, 16 concurrent clients";
    private static final String VOTES = "vote POST, 64 concurrent voters, p95";
    private static final String RSS = "server RSS during all of the above";
    private static final String STATEMENTS = "SQL statements per poll page";

    /** The targets of issue 10, in its order. */
    private final Map<String, String> targets = new LinkedHashMap<>();

    {
        targets.put(LARGE_INTERACTIVE, "≤ 1.0 s");
        targets.put(LARGE_LOAD, "≤ 1.5 s");
        targets.put(MEDIUM_LOAD, "≤ 0.5 s");
        targets.put(SINGLE, "≤ 30 ms");
        targets.put(LARGE_CONCURRENT, "≥ 40 pages/s");
        targets.put(SMALL_CONCURRENT, "≥ 1000 pages/s");
        targets.put(VOTES, "≤ 200 ms, no vote lost");
        targets.put(RSS, "≤ 600 MB");
        targets.put(STATEMENTS, "constant (`StatementCountIT`)");
    }

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final StringBuilder report = new StringBuilder();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, String> measuredAgainst = new HashMap<>();

    @Test
    void measure() throws Exception {
        target(STATEMENTS, "not measured here: `StatementCountIT` asserts it on every test run");
        try (ServerMemory memory =
                ServerMemory.start().orElseThrow(() -> new IllegalStateException("no test server process found"))) {
            memory.phase("seeding");
            WebClient owner = new WebClient();
            String small = universalPoll(owner, 10);
            seedVotes(small, 20);
            String medium = dateTimePoll(owner, 10);
            seedVotes(medium, 200);
            String large = dateTimePoll(owner, 20);
            seedVotes(large, 1000);

            try (ServerProfile profile = ServerProfile.start(memory.pid(), System.getProperty("benchmark.jfr"))) {
                measureParts(small, medium, large, memory);
            }
            long measured =
                    memory.peakKb(List.of("sequential requests", "browser", "concurrent readers", "vote POSTs"));
            report.append("\n## Server RSS\n\nSampled every 100 ms from /proc; the peak of each phase:\n\n")
                    .append("| phase | peak RSS MB |\n|---|---|\n");
            // a part not run (benchmark.parts) has no samples
            memory.peaksKb().entrySet().stream()
                    .filter(peak -> peak.getValue() > 0)
                    .forEach(peak -> report.append("| ")
                            .append(peak.getKey())
                            .append(" | ")
                            .append(peak.getValue() / 1024)
                            .append(" |\n"));
            report.append("\nThe kernel's high-water mark (VmHWM) of the server process: ")
                    .append(memory.highWaterMarkKb() / 1024)
                    .append(" MB; RSS at the end: ")
                    .append(memory.rssKb() / 1024)
                    .append(" MB.\n");
            target(RSS, (measured / 1024) + " MB (peak of samples after seeding)");
        }
        writeReport();
    }

    /** The parts of the benchmark that {@code benchmark.parts} names, all by default, in their order. */
    private void measureParts(String small, String medium, String large, ServerMemory memory) {
        List<String> parts = List.of(System.getProperty("benchmark.parts", "sequential,browser,readers,voters")
                .split(","));
        report.append("Database: ")
                .append(System.getProperty("bitpoll.database", "H2"))
                .append(". Machine: ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores; the load generator and the browser run on it too.\n");

        if (PAGES != null) {
            section("Saved pages", () -> {
                PageDump dump = new PageDump(Path.of(PAGES));
                dump.save("p-small", "/poll/" + small + "/");
                dump.save("p-medium", "/poll/" + medium + "/");
                dump.save("p-large", "/poll/" + large + "/");
                report.append("\nThe poll pages and their resources are in ")
                        .append(PAGES)
                        .append(".\n");
            });
        }
        if (parts.contains("sequential")) {
            memory.phase("sequential requests");
            section("Sequential requests (one client)", () -> {
                report.append("\n| what | median ms | p95 ms | bytes | gzip bytes |\n|---|---|---|---|---|\n");
                measureGet("p-small poll page", "/poll/" + small + "/");
                measureGet("p-medium poll page", "/poll/" + medium + "/");
                double largeMedian = measureGet("p-large poll page", "/poll/" + large + "/");
                measureGet("p-medium CSV", "/poll/" + medium + ".csv");
                measureGet("p-large CSV", "/poll/" + large + ".csv");
                target(SINGLE, String.format(Locale.ROOT, "%.0f ms (client-side, loopback)", largeMedian));
            });
        }
        if (parts.contains("browser")) {
            memory.phase("browser");
            section("In headless Chromium", () -> measureInBrowser(small, medium, large));
        }
        if (parts.contains("readers")) {
            memory.phase("concurrent readers");
            section("Concurrent readers", () -> measureReaders(small, large));
        }
        if (parts.contains("voters")) {
            memory.phase("vote POSTs");
            section("Vote POSTs", () -> {
                report.append("\n| what | median ms | p95 ms |\n|---|---|---|\n");
                measureVotePost(medium);
                measureConcurrentVotes(small);
            });
        }
    }

    private void writeReport() throws IOException {
        report.append("\n## Against the targets of issue 10\n\n| what | measured | target |\n|---|---|---|\n");
        targets.forEach((what, target) -> report.append("| ")
                .append(what)
                .append(" | ")
                .append(measuredAgainst.getOrDefault(what, "not measured"))
                .append(" | ")
                .append(target)
                .append(" |\n"));
        if (!failures.isEmpty()) {
            report.append("\nNot measured because a part broke: ")
                    .append(String.join("; ", failures))
                    .append("\n");
        }

        Path out = Path.of("target", "benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
        assertThat(failures).as("parts of the benchmark that broke").isEmpty();
    }

    /** A part of the benchmark under a heading; when it breaks, the report says so and the next part runs. */
    private void section(String heading, Measurement measurement) {
        report.append("\n## ").append(heading).append("\n");
        try {
            measurement.run();
        } catch (Exception | AssertionError broken) {
            failures.add(heading + ": " + broken);
            report.append("\n**Broke:** ").append(broken).append("\n");
            broken.printStackTrace();
        }
    }

    private interface Measurement {
        void run() throws Exception;
    }

    private void target(String what, String measured) {
        measuredAgainst.put(what, measured);
    }

    private void measureInBrowser(String small, String medium, String large) {
        try (Browser browser = new Browser(BrowserTimings.ARGUMENTS)) {
            BrowserTimings timings = new BrowserTimings(browser);
            report.append("\nChromium ")
                    .append(timings.version())
                    .append(", one browser; each page loaded once, then the median of ")
                    .append(BROWSER_LOADS)
                    .append(" loads (static resources cached). Times in ms from navigation start; layout, style,")
                    .append(" script and task are the renderer's main-thread time during the load.\n\n")
                    .append("| page | response start | response end | DOM interactive | DOMContentLoaded")
                    .append(" | load event | elements | layout | style | script | all tasks |\n")
                    .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
            Map<String, BrowserTimings.Load> loads = new LinkedHashMap<>();
            loads.put("p-small", timings.measure("/poll/" + small + "/", BROWSER_LOADS));
            loads.put("p-medium", timings.measure("/poll/" + medium + "/", BROWSER_LOADS));
            loads.put("p-large", timings.measure("/poll/" + large + "/", BROWSER_LOADS));
            loads.forEach((poll, load) -> report.append(String.format(
                    Locale.ROOT,
                    "| %s poll page | %.0f | %.0f | %.0f | %.0f | %.0f | %d | %.0f | %.0f | %.0f | %.0f |%n",
                    poll,
                    load.responseStartMs(),
                    load.responseEndMs(),
                    load.domInteractiveMs(),
                    load.domContentLoadedMs(),
                    load.loadEventMs(),
                    load.elements(),
                    load.layoutMs(),
                    load.styleMs(),
                    load.scriptMs(),
                    load.taskMs())));
            target(LARGE_INTERACTIVE, seconds(loads.get("p-large").domInteractiveMs()));
            target(
                    LARGE_LOAD,
                    seconds(loads.get("p-large").loadEventMs()) + ", "
                            + loads.get("p-large").elements() + " elements");
            target(
                    MEDIUM_LOAD,
                    seconds(loads.get("p-medium").loadEventMs()) + ", "
                            + loads.get("p-medium").elements() + " elements");
        }
    }

    private void measureReaders(String small, String large) throws Exception {
        report.append("\nEach client is one thread with one HTTP/1.1 connection and no cookies; after a warm-up it")
                .append(" sends a fixed number of GETs back to back. Bytes are as received (compressed with gzip).\n\n")
                .append("| what | clients | requests | pages/s | median ms | p95 ms | bytes per page | failed |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        Readers.Result plain = readers("p-large poll page", "/poll/" + large + "/", 4, 2, 15, false);
        Readers.Result gzip = readers("p-large poll page, gzip", "/poll/" + large + "/", 4, 2, 15, true);
        target(
                LARGE_CONCURRENT,
                String.format(
                        Locale.ROOT,
                        "%.1f pages/s with gzip, %.1f without (median %.0f / %.0f ms)",
                        gzip.pagesPerSecond(),
                        plain.pagesPerSecond(),
                        gzip.latencies().medianMs(),
                        plain.latencies().medianMs()));
        Readers.Result smallPages = readers("p-small poll page", "/poll/" + small + "/", 16, 10, 150, false);
        readers("p-small poll page, gzip", "/poll/" + small + "/", 16, 10, 150, true);
        target(
                SMALL_CONCURRENT,
                String.format(
                        Locale.ROOT,
                        "%.0f pages/s (median %.0f ms, p95 %.0f ms)",
                        smallPages.pagesPerSecond(),
                        smallPages.latencies().medianMs(),
                        smallPages.latencies().p95Ms()));
    }

    private Readers.Result readers(String what, String path, int clients, int warmup, int requests, boolean gzip)
            throws Exception {
        Readers.Result result = Readers.run(TestServer.uri(path), clients, warmup, requests, gzip);
        report.append(String.format(
                Locale.ROOT,
                "| %s | %d | %d | %.1f | %.1f | %.1f | %d | %d |%n",
                what,
                clients,
                result.latencies().count(),
                result.pagesPerSecond(),
                result.latencies().medianMs(),
                result.latencies().p95Ms(),
                result.bytesPerPage(),
                result.failures()));
        return result;
    }

    private void measureConcurrentVotes(String slug) throws Exception {
        VoteForm form = voteForm(slug);
        String prefix = "Crowd " + UUID.randomUUID().toString().substring(0, 4) + " ";
        Voters.Result result = Voters.run(
                slug, CONCURRENT_VOTERS, i -> form.ballot(String.format(Locale.ROOT, "%s%02d", prefix, i + 1), i));
        String csv = new WebClient().get("/poll/" + slug + ".csv").body();
        long stored = csv.lines()
                .map(line -> line.replace("\uFEFF", "").replace("\"", ""))
                .filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(0, prefix.length() + 2))
                .distinct()
                .count();
        report.append(String.format(
                        Locale.ROOT,
                        "| vote POST (p-small), %d voters at once | %.1f | %.1f |%n",
                        result.voters(),
                        result.latencies().medianMs(),
                        result.latencies().p95Ms()))
                .append("\nThe ")
                .append(result.voters())
                .append(" voters at once (each a fresh client: the vote form GET, then all POSTs together): ")
                .append(result.acknowledged())
                .append(" votes acknowledged (a redirect to the poll page), ")
                .append(stored)
                .append(" stored (in the CSV export afterwards)")
                .append(result.otherAnswers().isEmpty() ? "" : "; other answers: " + result.otherAnswers())
                .append(".\n");
        target(
                VOTES,
                String.format(
                        Locale.ROOT,
                        "p95 %.0f ms (median %.0f ms); %d of %d acknowledged, %d stored",
                        result.latencies().p95Ms(),
                        result.latencies().medianMs(),
                        result.acknowledged(),
                        result.voters(),
                        stored));
    }

    private static String seconds(double millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000);
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
        VoteForm form = voteForm(slug);
        for (int i = 0; i < votes; i++) {
            WebClient person = new WebClient();
            Page fresh = person.get("/poll/" + slug + "/vote/");
            Page result = person.submit(
                    fresh,
                    "voteForm",
                    form.ballot(String.format(Locale.ROOT, "Voter %04d", i + 1), i),
                    "voteForm:save");
            assertThat(result.uri().getPath()).isEqualTo("/poll/" + slug + "/");
        }
    }

    /** A poll's vote form: the answer fields in option order, and the id of each answer value by its name. */
    private record VoteForm(List<String> fields, Map<String, String> valueIds) {

        /** The fields of vote i: the name, and option j answered with value (i·7 + j·3) mod 4. */
        Map<String, String> ballot(String name, int i) {
            Map<String, String> values = new HashMap<>();
            values.put("voteForm:name", name);
            for (int j = 0; j < fields.size(); j++) {
                values.put(fields.get(j), valueIds.get(VALUES[(i * 7 + j * 3) % 4]));
            }
            return values;
        }
    }

    private static VoteForm voteForm(String slug) {
        Page form = new WebClient().get("/poll/" + slug + "/vote/");
        List<String> fields = form.html().select("#voteTable tbody tr").stream()
                .map(row -> row.selectFirst("input[type=radio]").attr("name"))
                .toList();
        Map<String, String> valueIds = new HashMap<>();
        for (Element label : form.html().select("#voteTable tbody tr").first().select("label.answer")) {
            valueIds.put(label.text(), label.selectFirst("input").attr("value"));
        }
        return new VoteForm(fields, valueIds);
    }

    /** Measures a GET sequentially and returns its median in milliseconds. */
    private double measureGet(String what, String path) throws IOException, InterruptedException {
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
        return new Latencies(nanos).medianMs();
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
        Latencies latencies = new Latencies(nanos);
        report.append(String.format(
                Locale.ROOT,
                "| vote POST (p-medium), one voter after another | %.1f | %.1f |%n",
                latencies.medianMs(),
                latencies.p95Ms()));
    }

    private void row(String what, long[] nanos, int bytes, int gzipBytes) {
        Latencies latencies = new Latencies(nanos);
        report.append(String.format(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %s | %s |%n",
                what,
                latencies.medianMs(),
                latencies.p95Ms(),
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
}
