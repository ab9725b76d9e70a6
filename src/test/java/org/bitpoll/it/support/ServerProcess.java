package org.bitpoll.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The test server's operating-system process, for the crash test: found by the port offset on its command line
 * ({@code -Djboss.socket.binding.port-offset=<offset>}), killed with SIGKILL as a crash or the OOM killer would, and
 * started again exactly as wildfly-maven-plugin started it (the same command line, environment and working
 * directory, read from {@code /proc} before the kill), detached in its own session with its output appended to
 * {@code target/wildfly-restarted-<offset>.log}. The plugin's {@code shutdown} at
 * post-integration-test stops the restarted server through the management port, as it would the first one.
 * Linux only ({@code /proc}, {@code setsid}).
 */
public final class ServerProcess {

    private static final Duration PORTS_FREED = Duration.ofSeconds(30);
    private static final Duration STARTED = Duration.ofSeconds(240);

    private final long pid;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workingDirectory;

    private ServerProcess(long pid, List<String> command, Map<String, String> environment, Path workingDirectory) {
        this.pid = pid;
        this.command = command;
        this.environment = environment;
        this.workingDirectory = workingDirectory;
    }

    /** The running test server of this build (the port offset the build gives the tests). */
    public static ServerProcess find() {
        String offset = System.getProperty("bitpoll.portOffset");
        if (offset == null) {
            throw new IllegalStateException("bitpoll.portOffset is not set (pom.xml, integration-testing profile)");
        }
        String marker = "-Djboss.socket.binding.port-offset=" + offset;
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            List<ServerProcess> found = entries.filter(
                            entry -> entry.getFileName().toString().matches("\\d+"))
                    .map(entry -> read(entry, marker))
                    .filter(Objects::nonNull)
                    .toList();
            if (found.size() != 1) {
                throw new IllegalStateException("expected one WildFly process with " + marker + ", found " + found);
            }
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ServerProcess read(Path entry, String marker) {
        try {
            List<String> command = nulSeparated(Files.readAllBytes(entry.resolve("cmdline")));
            if (command.isEmpty()
                    || !command.get(0).endsWith("java")
                    || !command.contains(marker)
                    || command.stream().noneMatch(argument -> argument.endsWith("jboss-modules.jar"))) {
                return null;
            }
            Map<String, String> environment = new LinkedHashMap<>();
            for (String variable : nulSeparated(Files.readAllBytes(entry.resolve("environ")))) {
                int equals = variable.indexOf('=');
                if (equals > 0) {
                    environment.put(variable.substring(0, equals), variable.substring(equals + 1));
                }
            }
            Path directory = Files.readSymbolicLink(entry.resolve("cwd"));
            return new ServerProcess(Long.parseLong(entry.getFileName().toString()), command, environment, directory);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private static List<String> nulSeparated(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\0"));
    }

    /**
     * Kills the server with SIGKILL (no shutdown hook, no graceful stop) and waits until the process is gone and
     * its HTTP and management ports are free.
     */
    public void kill() {
        ProcessHandle handle = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("the server process " + pid + " is gone"));
        handle.destroyForcibly();
        Instant deadline = Instant.now().plus(PORTS_FREED);
        while (handle.isAlive() || listening(httpPort()) || listening(managementPort())) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the killed server " + pid + " still holds its process or ports");
            }
            pause(100);
        }
    }

    /**
     * Starts the server again as it was started, detached, and waits until Bitpoll answers its start page with
     * 200 and the management API reports the deployment OK. Returns the new process.
     */
    public ServerProcess restart() {
        Path log = Path.of("target", "wildfly-restarted-" + System.getProperty("bitpoll.portOffset") + ".log");
        List<String> detached = new ArrayList<>();
        detached.add("setsid");
        detached.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(detached)
                .directory(workingDirectory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        try {
            builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the server again", e);
        }
        awaitDeployed();
        return find();
    }

    private static void awaitDeployed() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTED);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> start = http.send(
                        HttpRequest.newBuilder(TestServer.uri("/"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                last = "start page " + start.statusCode();
                if (start.statusCode() == 200) {
                    String status = new Management().deploymentStatus();
                    last = "deployment " + status;
                    if (status.equals("OK")) {
                        return;
                    }
                }
            } catch (IOException | RuntimeException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(500);
        }
        throw new IllegalStateException("the restarted server did not deploy Bitpoll in " + STARTED + ": " + last);
    }

    private static int httpPort() {
        return URI.create(TestServer.baseUrl()).getPort();
    }

    private static int managementPort() {
        return Integer.parseInt(System.getProperty("bitpoll.managementPort", "9990"));
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "process " + pid;
    }
}
