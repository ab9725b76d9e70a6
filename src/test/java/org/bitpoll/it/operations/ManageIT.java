package org.bitpoll.it.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bitpoll.account.domain.Passwords;
import org.bitpoll.it.account.SignedIn;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.TestServer;
import org.bitpoll.it.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The management command {@code wildfly-config/bitpoll-manage}, run for real against the test server: its H2
 * database (AUTO_SERVER, beside the running server), its directory (slapd) and its management interface; and the
 * database commands against the tests' PostgreSQL.
 */
class ManageIT {

    private final ManageCommand manage = new ManageCommand();

    @TempDir
    Path folder;

    @Test
    void checkFindsConfigurationDatabaseAndDirectoryInOrder() {
        ManageCommand.Result result = manage.run("check");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("ok    configuration: valid (H2, settings from ")
                .containsPattern("ok    database: H2 .*, schema at version \\d+, the newest")
                .contains("ok    directory: reachable at ldap://127.0.0.1:")
                .contains("check: everything is in order");
    }

    @Test
    void createAdminMakesAnAccountThatLogsInAsSiteAdministrator() {
        String username = "manage-admin-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();

        ManageCommand.Result result = manage.runWithInput(password + "\n", "create-admin", username);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("created the local account " + username + " as a site administrator");
        WebClient admin = SignedIn.client(new TestAccounts.Credentials(username, password));
        assertThat(admin.get("/admin/").status()).isEqualTo(200);
    }

    @Test
    void createAdminFlagsAnExistingAccount() {
        TestAccounts.Credentials account = TestAccounts.create("manage-flag");
        assertThat(SignedIn.client(account).get("/admin/").status()).isEqualTo(403);

        ManageCommand.Result result = manage.run("create-admin", account.username());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains(account.username() + " is now a site administrator");
        assertThat(SignedIn.client(account).get("/admin/").status()).isEqualTo(200);
    }

    @Test
    void createAdminRefusesADirectoryPerson() {
        ManageCommand.Result result = manage.runWithInput("a-fine-long-password\n", "create-admin", "dora");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err())
                .isEqualTo("bitpoll-manage: the directory has a person dora: directory people become site"
                        + " administrators through the directory group bitpoll.ldap.admin-group, not here\n");
    }

    @Test
    void backupWritesTheSchemaToANewFileOnlyTheOwnerReads() throws IOException {
        Path file = folder.resolve("bitpoll.sql");

        ManageCommand.Result result = manage.run("backup", file.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("backup: wrote the H2 database ");
        assertThat(Files.readString(file))
                .contains("CREATE CACHED TABLE \"PUBLIC\".\"ACCOUNT\"")
                .contains("CREATE CACHED TABLE \"PUBLIC\".\"VOTE\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");

        ManageCommand.Result again = manage.run("backup", file.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("exists already: a backup never overwrites a file");
    }

    @Test
    void generateEncryptionKeyWritesA256BitKeyOnceWithMode600() throws IOException {
        Path file = folder.resolve("calendar.key");

        ManageCommand.Result result = manage.run("generate-encryption-key", file.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("bitpoll.encryption-key-file=" + file);
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        String key = Files.readString(file);

        ManageCommand.Result again = manage.run("generate-encryption-key", file.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err())
                .isEqualTo("bitpoll-manage: " + file + " exists already: a key is never overwritten"
                        + " (the data it encrypts would be lost)\n");
        assertThat(Files.readString(file)).isEqualTo(key);
    }

    @Test
    void redeployReplacesTheWarAndTheSiteWorksAgain() {
        ManageCommand.Result result = manage.run("redeploy", System.getProperty("bitpoll.war"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("redeploy: replaced ROOT.war on the server at 127.0.0.1:");
        assertThat(new WebClient().get("/").status()).isEqualTo(200);
        assertThat(new WebClient().get("/about/").status()).isEqualTo(200);
    }

    /**
     * A WAR that cannot deploy is refused and the running one stays; the server's exception reaches its standard
     * output (the journal's input) as one JSON line with the stack trace inside, never as lines of its own.
     */
    @Test
    void aBrokenWarIsRefusedTheSiteStaysAndTheExceptionIsOneLogLine() throws IOException {
        Path broken = folder.resolve("broken.war");
        try (ZipOutputStream war = new ZipOutputStream(Files.newOutputStream(broken))) {
            war.putNextEntry(new ZipEntry("WEB-INF/web.xml"));
            war.write("<web-app><servlet>".getBytes(StandardCharsets.UTF_8));
            war.closeEntry();
        }

        ManageCommand.Result result = manage.run("redeploy", broken.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("bitpoll-manage: redeploy of " + broken + " on 127.0.0.1:");
        assertThat(result.err().strip().lines()).hasSize(1);
        assertThat(new WebClient().get("/").status()).isEqualTo(200);

        List<String> log = Files.readAllLines(Path.of(System.getProperty("bitpoll.serverLog")));
        assertThat(log).noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by: "));
        assertThat(log.stream()
                        .filter(line -> line.startsWith("{"))
                        .map(line -> Json.createReader(new StringReader(line)).readObject())
                        .filter(event -> event.containsKey("stackTrace"))
                        .map(event -> event.getString("stackTrace")))
                .anySatisfy(trace -> assertThat(trace)
                        .contains("Failed to process phase PARSE")
                        .contains("\n\tat "));
    }

    /**
     * On PostgreSQL (a fresh database of the tests' cluster): migrate builds the schema, check finds it, create-admin
     * adds an administrator with the application's hash, backup writes pg_dump's SQL to a new private file.
     */
    @Test
    void onPostgresqlTheDatabaseCommandsWorkAndBackupUsesPgDump() throws Exception {
        String server =
                Files.readString(TestServer.services().resolve("postgres.url")).strip();
        String database =
                "manage_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(server);
                Statement create = connection.createStatement()) {
            create.execute("CREATE DATABASE " + database);
        }
        String url = server.replace("/postgres?", "/" + database + "?");
        ManageCommand postgres = manage.with("BITPOLL_DB_DRIVER", "postgresql")
                .with("BITPOLL_DB_URL", url)
                .with("BITPOLL_DB_USER", "postgres")
                .with("PATH", postgresqlTools() + ":" + System.getenv("PATH"));

        ManageCommand.Result migrated = postgres.run("migrate");
        assertThat(migrated.exitCode()).as(migrated.err()).isZero();
        assertThat(migrated.out()).containsPattern("migrate: applied \\d+ migration\\(s\\) to .*, the newest");

        ManageCommand.Result checked = postgres.run("check");
        assertThat(checked.exitCode()).as(checked.out() + checked.err()).isZero();
        assertThat(checked.out()).contains("ok    database: PostgreSQL ");

        ManageCommand.Result admin = postgres.runWithInput("a-fine-long-password\n", "create-admin", "pg-admin");
        assertThat(admin.exitCode()).as(admin.err()).isZero();
        try (Connection connection = DriverManager.getConnection(url);
                Statement query = connection.createStatement();
                ResultSet row = query.executeQuery(
                        "SELECT password_hash, site_admin FROM account WHERE username = 'pg-admin'")) {
            assertThat(row.next()).isTrue();
            assertThat(Passwords.matches("a-fine-long-password", row.getString(1)))
                    .isTrue();
            assertThat(row.getBoolean(2)).isTrue();
        }

        Path file = folder.resolve("bitpoll-pg.sql");
        ManageCommand.Result backup = postgres.run("backup", file.toString());
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(Files.readString(file))
                .contains("CREATE TABLE public.account")
                .contains("pg-admin");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    /** Debian's PostgreSQL tools (pg_dump), which are not on PATH. */
    private static String postgresqlTools() throws IOException {
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("pg_dump")))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("no pg_dump under /usr/lib/postgresql"))
                    .toString();
        }
    }

    @Test
    void badInputGetsOneClearLineAndAFailingExitCode() {
        ManageCommand.Result unknown = manage.run("restore");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("bitpoll-manage: unknown command \"restore\"\nUsage: bitpoll-manage");

        ManageCommand.Result usage = manage.run();
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).startsWith("Usage: bitpoll-manage <command> [operand]");

        ManageCommand.Result missingWar =
                manage.run("redeploy", folder.resolve("missing.war").toString());
        assertThat(missingWar.exitCode()).isEqualTo(1);
        assertThat(missingWar.err()).isEqualTo("bitpoll-manage: no WAR at " + folder.resolve("missing.war") + "\n");

        ManageCommand.Result unreachable = manage.with("BITPOLL_DB_DRIVER", "postgresql")
                .with("BITPOLL_DB_URL", "jdbc:postgresql://127.0.0.1:1/bitpoll")
                .run("migrate");
        assertThat(unreachable.exitCode()).isEqualTo(1);
        assertThat(unreachable.err())
                .startsWith("bitpoll-manage: the database jdbc:postgresql://127.0.0.1:1/bitpoll cannot be reached: ")
                .hasLineCount(1);

        ManageCommand.Result noServer =
                manage.with("JBOSS_HOME", folder.toString()).run("check");
        assertThat(noServer.exitCode()).isEqualTo(1);
        assertThat(noServer.err())
                .isEqualTo(
                        "bitpoll-manage: JBOSS_HOME=" + folder + " is no WildFly installation (no bin/jboss-cli.sh)\n");
    }
}
