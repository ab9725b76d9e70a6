package org.bitpoll.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Java Flight Recorder profile of the test server while the benchmark measures, when {@code -Dbenchmark.jfr=<file>}
 * names a file: started and dumped with the JDK's {@code jcmd} (from the {@code java.home} of the benchmark's JVM).
 * Read it with {@code jfr print --events jdk.ExecutionSample <file>} or {@code jfr summary <file>}.
 */
final class ServerProfile implements AutoCloseable {

    private static final String NAME = "benchmark";

    private final long pid;
    private final Path file;

    private ServerProfile(long pid, Path file) {
        this.pid = pid;
        this.file = file;
    }

    /** Starts recording the server {@code pid} into {@code file}; a recording that does nothing when it is null. */
    static ServerProfile start(long pid, String file) throws IOException, InterruptedException {
        if (file == null || file.isBlank()) {
            return new ServerProfile(pid, null);
        }
        ServerProfile profile = new ServerProfile(pid, Path.of(file).toAbsolutePath());
        profile.jcmd("JFR.start", "name=" + NAME, "settings=profile");
        return profile;
    }

    private void jcmd(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid)));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IOException("failed: " + command);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (file != null) {
            jcmd("JFR.stop", "name=" + NAME, "filename=" + file);
        }
    }
}
