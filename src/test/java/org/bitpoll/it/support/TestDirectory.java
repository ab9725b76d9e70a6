package org.bitpoll.it.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The tests' directory: the slapd that {@code src/test/scripts/test-services.sh} runs with the entries of
 * {@code src/test/ldap/directory.ldif}, and its people.
 */
public final class TestDirectory {

    /** A person of the directory with their test password. */
    public record Person(String username, String password) {}

    /** In the administrators' group. */
    public static final Person ALICE = new Person("alice", "alice-directory-pw");
    /** In the group "staff". */
    public static final Person BOB = new Person("bob", "bob-directory-pw");
    /** In the group "staff". */
    public static final Person CAROL = new Person("carol", "carol-directory-pw");

    private static final Path SCRIPT = Path.of("src/test/scripts/test-services.sh");

    private TestDirectory() {}

    /** Stops slapd; the entries stay for {@link #start()}. */
    public static void stop() {
        run(null, "ldap-stop");
    }

    /** Starts slapd again (nothing happens when it runs); it answers when this returns. */
    public static void start() {
        run(null, "ldap-start");
    }

    /** Applies an LDIF change (ldapmodify) as the directory's root DN. */
    public static void modify(String ldif) {
        run(ldif, "ldap-modify");
    }

    /** Sets one attribute of a person's entry. */
    public static void replace(String username, String attribute, String value) {
        modify("dn: uid=" + username + ",ou=people,dc=bitpoll,dc=test\nchangetype: modify\nreplace: " + attribute + "\n"
                + attribute + ": " + value + "\n");
    }

    private static void run(String input, String action) {
        List<String> command = new ArrayList<>(List.of(
                "bash",
                SCRIPT.toString(),
                action,
                TestServer.services().toAbsolutePath().toString()));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try (OutputStream stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("test-services.sh " + action + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("test-services.sh " + action + " did not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running test-services.sh " + action, e);
        }
    }
}
