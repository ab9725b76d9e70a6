package org.bitpoll.bench;

import java.util.Arrays;

/** Durations of one kind of request, in nanoseconds, with the benchmark's median and p95 (nearest rank). */
record Latencies(long[] nanos) {

    Latencies {
        nanos = nanos.clone();
        Arrays.sort(nanos);
    }

    int count() {
        return nanos.length;
    }

    double medianMs() {
        return nanos.length == 0 ? Double.NaN : nanos[nanos.length / 2] / 1e6;
    }

    double p95Ms() {
        return nanos.length == 0 ? Double.NaN : nanos[(int) Math.ceil(nanos.length * 0.95) - 1] / 1e6;
    }
}
