package org.bitpoll.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;

/**
 * Voters who vote at the same moment: each a fresh client (its own cookies and connection) that opens the vote
 * form, waits until every other voter has its form too, and then posts its vote, as the seeding does. It counts
 * the POSTs the server acknowledged (a redirect to the poll page) and the answers it gave instead.
 */
final class Voters {

    /** The latencies of the POSTs sent, how many were acknowledged, and the status of every other answer with its count. */
    record Result(int voters, Latencies latencies, int acknowledged, Map<String, Integer> otherAnswers) {}

    private Voters() {}

    /**
     * Lets {@code voters} clients vote on the poll at once; voter i (from 0) posts the form fields
     * {@code ballot.apply(i)} (its name and answers).
     */
    static Result run(String slug, int voters, IntFunction<Map<String, String>> ballot) throws Exception {
        CyclicBarrier together = new CyclicBarrier(voters);
        ExecutorService threads = Executors.newFixedThreadPool(voters);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int v = 0; v < voters; v++) {
                int voter = v;
                answers.add(threads.submit(() -> vote(slug, ballot.apply(voter), together)));
            }
            List<Long> nanos = new ArrayList<>();
            int acknowledged = 0;
            Map<String, Integer> others = new TreeMap<>();
            for (Future<Answer> future : answers) {
                Answer answer = future.get(10, TimeUnit.MINUTES);
                if (answer.nanos() >= 0) {
                    nanos.add(answer.nanos());
                }
                if (answer.acknowledged()) {
                    acknowledged++;
                } else {
                    others.merge(answer.status(), 1, Integer::sum);
                }
            }
            return new Result(
                    voters,
                    new Latencies(nanos.stream().mapToLong(Long::longValue).toArray()),
                    acknowledged,
                    others);
        } finally {
            threads.shutdownNow();
        }
    }

    private record Answer(long nanos, boolean acknowledged, String status) {}

    private static Answer vote(String slug, Map<String, String> values, CyclicBarrier together)
            throws InterruptedException, BrokenBarrierException, TimeoutException {
        WebClient person = new WebClient();
        HttpRequest post = null;
        String failure = null;
        try {
            Page form = person.get("/poll/" + slug + "/vote/");
            Map<String, String> fields = person.fields(form, "voteForm", values, "voteForm:save");
            URI origin = form.uri();
            post = HttpRequest.newBuilder(form.uri()
                            .resolve(form.html().getElementById("voteForm").attr("action")))
                    .timeout(Duration.ofMinutes(2))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", origin.getScheme() + "://" + origin.getRawAuthority())
                    .POST(HttpRequest.BodyPublishers.ofString(WebClient.formEncoded(fields)))
                    .build();
        } catch (RuntimeException | AssertionError broken) {
            failure = "no vote form (" + broken + ")";
        } finally {
            // a voter without a form still lets the others go
            together.await(5, TimeUnit.MINUTES);
        }
        if (post == null) {
            return new Answer(-1, false, failure);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = person.send(post);
            long nanos = System.nanoTime() - start;
            String location = response.headers().firstValue("Location").orElse("");
            boolean acknowledged = response.statusCode() == 302
                    && URI.create(location).getPath().equals("/poll/" + slug + "/");
            return new Answer(nanos, acknowledged, "HTTP " + response.statusCode());
        } catch (IllegalStateException failed) {
            return new Answer(System.nanoTime() - start, false, "no answer (" + failed.getCause() + ")");
        }
    }
}
