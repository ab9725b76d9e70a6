package org.bitpoll.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Changes the test server's Bitpoll settings while it runs, as an operator does: the {@code bitpoll.*} system
 * properties, written with the server's own jboss-cli (which logs in locally, as the same user, without a
 * password). Bitpoll reads them on every use, so a change applies to the next request.
 */
public final class ServerSettings {

    private ServerSettings() {}

    /** Sets these system properties (name to value; an empty value means "not set"). */
    public static void set(Map<String, String> properties) {
        List<String> commands = properties.entrySet().stream()
                .map(property -> "/system-property=" + property.getKey() + ":write-attribute(name=value, value="
                        + quoted(property.getValue()) + ")")
                .toList();
        run(commands);
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Empties these system properties again. */
    public static void clear(String... names) {
        set(Arrays.stream(names).collect(Collectors.toMap(name -> name, name -> "")));
    }

    private static void run(List<String> commands) {
        Path home = Path.of(System.getProperty("bitpoll.serverHome", "target/wildfly"));
        try {
            Path script = Files.createTempFile("bitpoll-settings", ".cli");
            Path output = Files.createTempFile("bitpoll-settings", ".out");
            try {
                Files.write(script, commands, StandardCharsets.UTF_8);
                ProcessBuilder builder = new ProcessBuilder(
                                "bash",
                                home.resolve("bin/jboss-cli.sh").toString(),
                                "--connect",
                                "--controller=localhost:" + System.getProperty("bitpoll.managementPort", "9990"),
                                "--file=" + script)
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile());
                builder.environment().put("JAVA_OPTS", "-Xmx128m -XX:+UseSerialGC");
                Process cli = builder.start();
                if (!cli.waitFor(2, TimeUnit.MINUTES)) {
                    cli.destroyForcibly();
                    throw new IllegalStateException("jboss-cli did not finish: " + Files.readString(output));
                }
                String answer = Files.readString(output);
                if (cli.exitValue() != 0 || answer.contains("\"failed\"")) {
                    throw new IllegalStateException("jboss-cli refused " + commands + ":\n" + answer);
                }
            } finally {
                Files.deleteIfExists(script);
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
