package org.bitpoll.manage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.bitpoll.account.domain.Passwords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database commands on a real H2 file database (as the server keeps it), run as the script runs them. */
class ManageTest {

    @TempDir
    Path folder;

    private String url;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeEach
    void migrate() {
        url = "jdbc:h2:file:" + folder.resolve("bitpoll") + ";DB_CLOSE_ON_EXIT=FALSE";
        assertThat(run("", "migrate")).isZero();
        assertThat(output()).startsWith("migrate: applied ").contains(" migration(s) to " + url);
        output.reset();
    }

    private int run(String input, String... args) {
        return run(Map.of("BITPOLL_DB_URL", url), input, args);
    }

    private int run(Map<String, String> environment, String input, String... args) {
        InputStream in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
        return new Manage(environment, new PrintStream(output, true, StandardCharsets.UTF_8), in).run(List.of(args));
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void checkFindsAMigratedDatabaseInOrder() {
        assertThat(run("", "check")).isZero();

        assertThat(output())
                .contains("ok    configuration: valid (H2, no BITPOLL_PROPERTIES)")
                .containsPattern("ok    database: H2 [^\\n]* at " + java.util.regex.Pattern.quote(url)
                        + ", schema at version \\d+, the newest")
                .contains("ok    directory: none configured")
                .endsWith("check: everything is in order\n");
    }

    @Test
    void checkReportsAMissingDatabase() {
        Map<String, String> environment =
                Map.of("BITPOLL_DB_URL", "jdbc:h2:file:" + folder.resolve("elsewhere/bitpoll"));

        assertThatThrownBy(() -> run(environment, "", "check"))
                .isInstanceOf(ManageFailure.class)
                .hasMessage("check failed: database");
        assertThat(output()).contains("FAIL  database: there is no H2 database at jdbc:h2:file:");
        assertThat(folder.resolve("elsewhere")).doesNotExist();
    }

    @Test
    void checkReportsAWrongSetting() {
        assertThatThrownBy(() -> run(Map.of("BITPOLL_DB_DRIVER", "oracle"), "", "check"))
                .hasMessage("check failed: configuration");
        assertThat(output()).contains("FAIL  configuration: BITPOLL_DB_DRIVER=oracle is not a driver Bitpoll knows");
    }

    @Test
    void createAdminCreatesALocalAdministratorWithTheApplicationsHash() throws Exception {
        assertThat(run("a-long-and-fine-password\n", "create-admin", "root-admin"))
                .isZero();

        assertThat(output()).startsWith("create-admin: created the local account root-admin as a site administrator");
        try (Connection connection = DriverManager.getConnection(url, "sa", "sa");
                PreparedStatement query = connection.prepareStatement(
                        "SELECT password_hash, site_admin, active FROM account WHERE username = 'root-admin'");
                ResultSet row = query.executeQuery()) {
            assertThat(row.next()).isTrue();
            assertThat(Passwords.matches("a-long-and-fine-password", row.getString(1)))
                    .isTrue();
            assertThat(row.getBoolean(2)).isTrue();
            assertThat(row.getBoolean(3)).isTrue();
        }
    }

    @Test
    void createAdminFlagsAnExistingLocalAccountWithoutAskingForAPassword() throws Exception {
        insertAccount("berta", Passwords.hash("berta-password-1"));

        assertThat(run("", "create-admin", "BERTA")).isZero();

        assertThat(output())
                .isEqualTo("create-admin: the local account berta is now a site administrator (its"
                        + " password is unchanged)\n");
        assertThat(siteAdmin("berta")).isTrue();
        output.reset();
        assertThat(run("", "create-admin", "berta")).isZero();
        assertThat(output()).contains("berta is a site administrator already; nothing changed");
    }

    @Test
    void createAdminLeavesDirectoryAccountsToTheDirectory() throws Exception {
        insertAccount("carla", null);

        assertThatThrownBy(() -> run("", "create-admin", "carla"))
                .hasMessageStartingWith("carla is a directory account: the directory decides who is an administrator");
        assertThat(siteAdmin("carla")).isFalse();
    }

    @Test
    void createAdminHoldsToThePasswordPolicy() {
        assertThatThrownBy(() -> run("short\n", "create-admin", "dora"))
                .hasMessage("The password is too short: it needs at least 10 characters.");
        assertThatThrownBy(() -> run("", "create-admin", "dora"))
                .hasMessage("no password on standard input (give it as its first line)");
        assertThatThrownBy(() -> run("whatever-password\n", "create-admin", "no spaces"))
                .hasMessage("The user name may contain only letters, digits and @ . + - _.");
    }

    @Test
    void backupWritesAnSqlScriptOnlyTheOwnerCanRead() throws Exception {
        Path file = folder.resolve("backup.sql");

        assertThat(run("", "backup", file.toString())).isZero();

        assertThat(output()).startsWith("backup: wrote the H2 database " + url + " to " + file);
        assertThat(Files.readString(file)).contains("CREATE").contains("\"PUBLIC\".\"ACCOUNT\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThatThrownBy(() -> run("", "backup", file.toString()))
                .hasMessage(file + " exists already: a backup never overwrites a file, choose a new name");
    }

    @Test
    void backupGzipsWhenTheNameSaysSo() throws Exception {
        Path file = folder.resolve("backup.sql.gz");

        assertThat(run("", "backup", file.toString())).isZero();

        try (InputStream unzipped = new GZIPInputStream(Files.newInputStream(file))) {
            assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("\"PUBLIC\".\"POLL\"");
        }
    }

    @Test
    void wrongCommandLinesAreNamed() {
        assertThatThrownBy(() -> run("", "restore")).hasMessage("unknown command \"restore\"");
        assertThatThrownBy(() -> run("", "backup")).hasMessage("backup needs exactly one FILE");
        assertThatThrownBy(() -> run("", "migrate", "now")).hasMessage("migrate takes no operands");
    }

    private void insertAccount(String username, String hash) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "sa", "sa");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO account (id, username,"
                        + " password_hash, date_joined) VALUES (NEXT VALUE FOR account_seq, ?, ?, ?)")) {
            insert.setString(1, username);
            insert.setString(2, hash);
            insert.setObject(3, OffsetDateTime.now());
            insert.executeUpdate();
        }
    }

    private boolean siteAdmin(String username) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "sa", "sa");
                PreparedStatement query =
                        connection.prepareStatement("SELECT site_admin FROM account WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }
}
