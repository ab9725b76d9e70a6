package org.bitpoll.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resident set of the WildFly serving the benchmark (the one on its test port offset), read from
 * {@code /proc/<pid>/status} by a background thread every 100 ms while the benchmark runs. Each sample counts
 * towards the phase the benchmark is in ({@link #phase}), and the peak of each phase is kept; the kernel's own
 * high-water mark ({@code VmHWM}) is read at the end as a check of the sampled peak.
 */
final class ServerMemory implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 100;

    private final long pid;
    private final Map<String, Long> peakKb = new LinkedHashMap<>();
    private final Thread sampler;
    private volatile String phase = "start";
    private volatile boolean running = true;

    private ServerMemory(long pid) {
        this.pid = pid;
        sampler = new Thread(this::sample, "server-rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts sampling the test server's RSS; empty when no such server process is found. */
    static Optional<ServerMemory> start() {
        return serverPid().map(ServerMemory::new);
    }

    /** The phase the following samples count towards. */
    void phase(String name) {
        synchronized (peakKb) {
            peakKb.putIfAbsent(name, 0L);
        }
        phase = name;
    }

    /** The server's process id. */
    long pid() {
        return pid;
    }

    /** The current RSS in kB. */
    long rssKb() {
        return status("VmRSS:");
    }

    /** The kernel's peak RSS of the server process since it started, in kB. */
    long highWaterMarkKb() {
        return status("VmHWM:");
    }

    /** The sampled peak of each phase, in kB, in the order the phases began. */
    Map<String, Long> peaksKb() {
        synchronized (peakKb) {
            return new LinkedHashMap<>(peakKb);
        }
    }

    /** The sampled peak over the given phases, in kB. */
    long peakKb(List<String> phases) {
        Map<String, Long> peaks = peaksKb();
        return phases.stream().mapToLong(p -> peaks.getOrDefault(p, 0L)).max().orElse(0);
    }

    private void sample() {
        while (running) {
            long rss = rssKb();
            synchronized (peakKb) {
                peakKb.merge(phase, rss, Math::max);
            }
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException gone) {
            // the server has stopped
        }
        return -1;
    }

    private static Optional<Long> serverPid() {
        String offset = "jboss.socket.binding.port-offset=" + System.getProperty("bitpoll.portOffset", "100") + " ";
        List<Long> candidates = new ArrayList<>();
        ProcessHandle.allProcesses()
                .forEach(process -> process.info().commandLine().ifPresent(command -> {
                    if (command.contains("jboss-modules.jar") && (command + " ").contains(offset)) {
                        candidates.add(process.pid());
                    }
                }));
        return candidates.stream().findFirst();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
