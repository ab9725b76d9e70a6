package org.bitpoll.it.operations;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bitpoll.it.support.TestServer;

/**
 * Runs the real {@code wildfly-config/bitpoll-manage} as an operator would, with the environment of the test
 * server: its WildFly installation, the built WAR, its H2 database (AUTO_SERVER, so beside the running server), its
 * directory settings and its management interface with the tests' management user.
 */
final class ManageCommand {

    /** What the command printed and how it ended. */
    record Result(int exitCode, String out, String err) {}

    private final Map<String, String> environment = new HashMap<>();

    ManageCommand() {
        environment.put("JBOSS_HOME", System.getProperty("bitpoll.serverHome"));
        environment.put("BITPOLL_WAR", System.getProperty("bitpoll.war"));
        environment.put("BITPOLL_DB_URL", System.getProperty("bitpoll.it.jdbcUrl"));
        environment.put(
                "BITPOLL_PROPERTIES",
                TestServer.services().resolve("ldap.properties").toString());
        environment.put("BITPOLL_MANAGEMENT", "127.0.0.1:" + System.getProperty("bitpoll.managementPort"));
        environment.put(
                "BITPOLL_MANAGEMENT_CREDENTIALS",
                TestServer.services().resolve("management.credentials").toString());
    }

    /** The same command with this variable changed (null: unset). */
    ManageCommand with(String name, String value) {
        ManageCommand changed = new ManageCommand();
        changed.environment.clear();
        changed.environment.putAll(environment);
        if (value == null) {
            changed.environment.remove(name);
        } else {
            changed.environment.put(name, value);
        }
        return changed;
    }

    Result run(String... args) {
        return runWithInput("", args);
    }

    /** Runs with {@code input} on standard input (not a terminal). */
    Result runWithInput(String input, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("bitpoll.manageScript")).toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("BITPOLL_") || name.equals("JBOSS_HOME"));
        builder.environment().remove("JAVA_OPTS");
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process, false));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process, true));
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("bitpoll-manage " + String.join(" ", args) + " did not end");
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(Process process, boolean error) {
        try {
            return new String(
                    (error ? process.getErrorStream() : process.getInputStream()).readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
