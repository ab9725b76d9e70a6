package org.bitpoll.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

/**
 * A small load generator of concurrent readers: a fixed number of clients, one thread and one HTTP/1.1 connection
 * each, without cookies (so without a session, as a visitor who opens a shared link), each sending a few warm-up
 * requests and then a fixed number of measured ones back to back. Throughput is the measured requests over the
 * time from the moment all clients start measuring until the last one is done. It runs on the server's machine
 * and shares its cores.
 */
final class Readers {

    /** What a run measured: pages per second, the latencies of the measured requests, and what went wrong. */
    record Result(int clients, double pagesPerSecond, Latencies latencies, long bytesPerPage, int failures) {}

    private Readers() {}

    /**
     * Runs {@code clients} readers of {@code uri}, each sending {@code warmup} and then {@code requests} GETs,
     * with {@code Accept-Encoding: gzip} when {@code gzip} (the body is then read compressed, as it travels).
     */
    static Result run(URI uri, int clients, int warmup, int requests, boolean gzip) throws Exception {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET();
        if (gzip) {
            builder.header("Accept-Encoding", "gzip");
        }
        HttpRequest request = builder.build();
        CountDownLatch warm = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger failures = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        AtomicLong lastEnd = new AtomicLong();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                results.add(threads.submit(() -> {
                    HttpClient http = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .connectTimeout(Duration.ofSeconds(10))
                            .build();
                    try {
                        for (int i = 0; i < warmup; i++) {
                            http.send(request, HttpResponse.BodyHandlers.discarding());
                        }
                    } finally {
                        warm.countDown();
                    }
                    go.await();
                    long[] nanos = new long[requests];
                    for (int i = 0; i < requests; i++) {
                        long start = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            nanos[i] = System.nanoTime() - start;
                            if (response.statusCode() == 200) {
                                bytes.addAndGet(response.body().length);
                            } else {
                                failures.incrementAndGet();
                            }
                        } catch (java.io.IOException e) {
                            nanos[i] = System.nanoTime() - start;
                            failures.incrementAndGet();
                        }
                    }
                    lastEnd.accumulateAndGet(System.nanoTime(), Math::max);
                    return nanos;
                }));
            }
            if (!warm.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the readers did not finish warming up");
            }
            long start = System.nanoTime();
            go.countDown();
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> result : results) {
                all.add(result.get(10, TimeUnit.MINUTES));
            }
            double seconds = (lastEnd.get() - start) / 1e9;
            long[] nanos = all.stream().flatMapToLong(LongStream::of).toArray();
            int ok = nanos.length - failures.get();
            return new Result(
                    clients, ok / seconds, new Latencies(nanos), ok == 0 ? 0 : bytes.get() / ok, failures.get());
        } finally {
            threads.shutdownNow();
        }
    }
}
