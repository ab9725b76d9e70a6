package org.bitpoll.it.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.bitpoll.it.vote.PollsToVoteOn;
import org.jsoup.nodes.Element;

/**
 * Guests voting from a few threads, as browsers without JavaScript do (GET the vote form, POST it), while the
 * server is redeployed or killed: every POST is recorded with when it started and ended and what came back. A POST
 * is acknowledged when its answer is the redirect to the poll page that follows a saved vote; anything else (an
 * error status, a broken connection, no answer) is not. Each thread votes on polls of its own, at most three
 * quarters of the test server's per-poll hourly limit on each (the limiter's memory empties on a redeploy or crash,
 * and a refused vote must never be mistaken for a lost one). Every vote comes from a new browser session, has a
 * unique name and answers all options.
 */
final class VoteTraffic {

    /** The options of every poll, so a whole vote has this many answers. */
    static final int OPTIONS = 3;

    private static final int VOTES_PER_POLL =
            Math.max(1, Integer.getInteger("bitpoll.votesPerPollPerHour", 200) * 3 / 4);
    private static final int MAX_POSTS_PER_THREAD = 150;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** A Java stack frame, or the line that starts a cause, in an answer. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat [\\w$.]+\\((?:[\\w$]+\\.java:\\d+|Native Method|Unknown Source)\\)|\\bCaused by: [\\w$.]+");

    enum Outcome {
        ACKNOWLEDGED,
        REFUSED,
        NO_ANSWER
    }

    /** One vote POST: its poll and voter name, when it started and ended (nanoTime), its outcome and status. */
    record Post(String slug, String name, long started, long ended, Outcome outcome, int status, boolean stackTrace) {

        boolean spans(long instant) {
            return started < instant && ended > instant;
        }

        String describe() {
            return outcome == Outcome.NO_ANSWER ? "POST no answer" : "POST " + status;
        }
    }

    private final List<Post> posts = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicInteger> otherRequests = new ConcurrentHashMap<>();
    private final Set<String> slugs = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopped;

    /** Starts this many voting threads. */
    void start(int threadCount) {
        for (int i = 0; i < threadCount; i++) {
            String voter = "t" + i;
            Thread thread = new Thread(() -> vote(voter), "vote-traffic-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** Stops the threads after their current request and waits for them (each request has a timeout). */
    void stop() {
        stopped = true;
        for (Thread thread : threads) {
            try {
                thread.join(REQUEST_TIMEOUT.multipliedBy(3).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            assertThat(thread.isAlive()).as(thread.getName() + " stopped").isFalse();
        }
    }

    /** The vote POSTs sent so far. */
    List<Post> posts() {
        synchronized (posts) {
            return List.copyOf(posts);
        }
    }

    long count(Predicate<Post> which) {
        return posts().stream().filter(which).count();
    }

    long acknowledged() {
        return count(post -> post.outcome() == Outcome.ACKNOWLEDGED);
    }

    /** Waits until this many POSTs that started after {@code since} (nanoTime) have been acknowledged. */
    void awaitAcknowledged(long since, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count(post -> post.outcome() == Outcome.ACKNOWLEDGED && post.started() > since) < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "fewer than " + count + " votes acknowledged within " + timeout + "; answers: " + summary());
            }
            pause(50);
        }
    }

    /**
     * Waits until at least {@code wanted} vote POSTs are on their way (or the timeout has passed), and returns how
     * many are.
     */
    int awaitInFlight(int wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int now;
        while ((now = inFlight.get()) < wanted && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return now;
    }

    /** How many requests of each kind got which answer, POSTs and the GETs around them. */
    String summary() {
        Map<String, Long> byAnswer =
                new TreeMap<>(posts().stream().collect(Collectors.groupingBy(Post::describe, Collectors.counting())));
        otherRequests.forEach((kind, count) -> byAnswer.put(kind, (long) count.get()));
        return byAnswer.toString();
    }

    /**
     * Checks the database of the test server: every acknowledged vote is stored once, every stored vote is one
     * of the posted ones and whole (an answer for each option), so a vote that was not acknowledged left either
     * nothing or all of itself. Returns how many unacknowledged votes were stored anyway.
     */
    long assertEveryAcknowledgedVoteStoredAndEveryStoredVoteWhole() {
        Map<String, List<Integer>> stored = storedVotes();
        Map<String, Post> posted = new HashMap<>();
        posts().forEach(post -> posted.put(post.slug() + "/" + post.name(), post));
        stored.forEach((vote, answers) -> {
            assertThat(posted).as("stored vote %s was posted", vote).containsKey(vote);
            assertThat(answers).as("answers of each stored row of %s", vote).containsExactly(OPTIONS);
        });
        List<String> lost = posted.values().stream()
                .filter(post -> post.outcome() == Outcome.ACKNOWLEDGED)
                .map(post -> post.slug() + "/" + post.name())
                .filter(vote -> !stored.containsKey(vote))
                .toList();
        assertThat(lost).as("acknowledged votes missing from the database").isEmpty();
        return posted.entrySet().stream()
                .filter(entry -> entry.getValue().outcome() != Outcome.ACKNOWLEDGED)
                .filter(entry -> stored.containsKey(entry.getKey()))
                .count();
    }

    /** No answer to any request showed a stack trace. */
    void assertNoStackTraces() {
        assertThat(posts().stream().filter(Post::stackTrace).map(Post::describe).toList())
                .as("vote POSTs answered with a stack trace")
                .isEmpty();
        assertThat(otherRequests.keySet().stream()
                        .filter(kind -> kind.endsWith("stack trace"))
                        .toList())
                .as("GETs answered with a stack trace")
                .isEmpty();
    }

    /** The test polls: the answer count of each stored vote, by poll URL name and voter name. */
    private Map<String, List<Integer>> storedVotes() {
        List<String> names = List.copyOf(slugs);
        String sql = "SELECT p.url, v.name, (SELECT COUNT(*) FROM vote_choice c WHERE c.vote_id = v.id)"
                + " FROM vote v JOIN poll p ON p.id = v.poll_id WHERE p.url IN ("
                + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
        Map<String, List<Integer>> stored = new HashMap<>();
        try (Connection connection = TestAccounts.connect();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < names.size(); i++) {
                query.setString(i + 1, names.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.computeIfAbsent(rows.getString(1) + "/" + rows.getString(2), vote -> new ArrayList<>())
                            .add(rows.getInt(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the votes of the test polls", e);
        }
        return stored;
    }

    private void vote(String voter) {
        WebClient owner = new WebClient();
        String slug = null;
        int postsOnPoll = 0;
        for (int sent = 0; sent < MAX_POSTS_PER_THREAD && !stopped; ) {
            if (slug == null || postsOnPoll == VOTES_PER_POLL) {
                slug = newPoll(owner);
                postsOnPoll = 0;
                if (slug == null) {
                    pause(200);
                    continue;
                }
            }
            WebClient client = new WebClient();
            Page form = voteForm(client, slug);
            if (form == null) {
                pause(200);
                continue;
            }
            Post post = post(client, form, slug, voter + "-" + sent);
            posts.add(post);
            sent++;
            postsOnPoll++;
            pause(post.outcome() == Outcome.ACKNOWLEDGED ? 20 : 200);
        }
    }

    private String newPoll(WebClient owner) {
        try {
            String slug = PollsToVoteOn.pollWithOptions(owner, "Durable", Map.of(), "A", "B", "C");
            slugs.add(slug);
            return slug;
        } catch (RuntimeException | AssertionError e) {
            count("create poll failed");
            return null;
        }
    }

    private Page voteForm(WebClient client, String slug) {
        Page form;
        try {
            form = client.get("/poll/" + slug + "/vote/");
        } catch (RuntimeException e) {
            count("GET vote form no answer");
            return null;
        }
        String kind = "GET vote form " + form.status()
                + (STACK_TRACE.matcher(form.body()).find() ? " stack trace" : "");
        count(kind);
        return form.status() == 200 && form.html().getElementById("voteForm") != null ? form : null;
    }

    private Post post(WebClient client, Page form, String slug, String name) {
        Map<String, String> values = new HashMap<>();
        values.put("voteForm:name", name);
        for (Element row : form.html().select("#voteTable tbody tr")) {
            List<Element> answers = row.select("input[type=radio]");
            Element answer = answers.get(ThreadLocalRandom.current().nextInt(answers.size()));
            values.put(answer.attr("name"), answer.attr("value"));
        }
        Map<String, String> fields = client.fields(form, "voteForm", values, "voteForm:save");
        URI origin = form.uri();
        HttpRequest request = HttpRequest.newBuilder(form.uri()
                        .resolve(form.html().getElementById("voteForm").attr("action")))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin.getScheme() + "://" + origin.getRawAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(WebClient.formEncoded(fields)))
                .build();
        long started = System.nanoTime();
        inFlight.incrementAndGet();
        try {
            HttpResponse<String> response = client.send(request);
            long ended = System.nanoTime();
            String location = response.headers().firstValue("Location").orElse("");
            boolean saved = response.statusCode() == 302
                    && request.uri().resolve(location).getPath().equals("/poll/" + slug + "/");
            return new Post(
                    slug,
                    name,
                    started,
                    ended,
                    saved ? Outcome.ACKNOWLEDGED : Outcome.REFUSED,
                    response.statusCode(),
                    STACK_TRACE.matcher(response.body()).find());
        } catch (RuntimeException e) {
            return new Post(slug, name, started, System.nanoTime(), Outcome.NO_ANSWER, -1, false);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void count(String kind) {
        otherRequests.computeIfAbsent(kind, key -> new AtomicInteger()).incrementAndGet();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
