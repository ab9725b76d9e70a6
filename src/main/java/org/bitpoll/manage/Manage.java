package org.bitpoll.manage;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.GZIPOutputStream;
import org.bitpoll.account.domain.PasswordPolicy;
import org.bitpoll.account.domain.Passwords;
import org.bitpoll.account.domain.Usernames;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.persistence.Migrations;
import org.flywaydb.core.api.FlywayException;

/**
 * The database commands of {@code bitpoll-manage} (the script documents the environment and runs this class):
 * <ul>
 *   <li>{@code check}: the settings (database, properties file, directory) are valid, the database answers and
 *       has every migration of this WAR, the directory (if {@code bitpoll.ldap.url} is set) accepts the service
 *       account's bind;
 *   <li>{@code migrate}: applies the WAR's Flyway migrations, as a deployment would;
 *   <li>{@code create-admin USER}: makes the local account USER a site administrator, or creates it with a password
 *       read from the terminal (asked twice, not shown) or from the first line of standard input; the password
 *       follows the site's password policy and is hashed as the application hashes it, so the server's jdbc-realm
 *       accepts it. A directory person is made an administrator in the directory instead;
 *   <li>{@code backup FILE}: writes the whole database to the new file FILE (mode 600, it holds password
 *       hashes): H2's {@code SCRIPT} (an SQL script; gzipped when FILE ends in {@code .gz}), or PostgreSQL's
 *       {@code pg_dump} (plain SQL, without owners).
 * </ul>
 * Each prints what it did; a failure prints one line to standard error and exits with 1.
 */
public final class Manage {

    /** Flyway's own INFO lines would mix with the command's output: only its warnings are shown. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private final Map<String, String> environment;
    private final PrintStream out;
    private final InputStream in;

    Manage(Map<String, String> environment, PrintStream out, InputStream in) {
        this.environment = environment;
        this.out = out;
        this.in = in;
    }

    public static void main(String[] args) {
        FLYWAY_LOG.setLevel(Level.WARNING);
        try {
            System.exit(new Manage(System.getenv(), System.out, System.in).run(List.of(args)));
        } catch (ManageFailure failure) {
            System.err.println("bitpoll-manage: " + failure.getMessage());
            System.exit(1);
        }
    }

    int run(List<String> args) {
        String command = args.isEmpty() ? "" : args.get(0);
        List<String> operands = args.isEmpty() ? List.of() : args.subList(1, args.size());
        switch (command) {
            case "check" -> {
                return check(operands);
            }
            case "migrate" -> migrate(operands);
            case "create-admin" -> createAdmin(operand(command, "USER", operands));
            case "backup" -> backup(Path.of(operand(command, "FILE", operands)));
            default -> throw new ManageFailure("unknown command \"" + command + "\"");
        }
        return 0;
    }

    private static String operand(String command, String name, List<String> operands) {
        if (operands.size() != 1 || operands.get(0).isBlank()) {
            throw new ManageFailure(command + " needs exactly one " + name);
        }
        return operands.get(0);
    }

    // ---- check ----

    private int check(List<String> operands) {
        if (!operands.isEmpty()) {
            throw new ManageFailure("check takes no operands");
        }
        List<String> failures = new ArrayList<>();
        DatabaseSettings database = null;
        Optional<Directory> directory = Optional.empty();
        try {
            database = DatabaseSettings.from(environment);
            Properties settings = settings();
            directory = Directory.from(settings);
            report("configuration", "valid (" + (database.isH2() ? "H2" : "PostgreSQL") + settingsSource() + ")");
        } catch (ManageFailure failure) {
            failures.add(fail("configuration", failure));
        }
        if (database != null) {
            try (Connection connection = database.connectExisting()) {
                DatabaseMetaData meta = connection.getMetaData();
                Migrations.Status status = schema(database);
                String description = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at "
                        + database.shownUrl() + ", schema " + status.describe();
                if (!status.upToDate()) {
                    throw new ManageFailure(description + ": run bitpoll-manage migrate, or deploy the WAR");
                }
                report("database", description);
            } catch (ManageFailure failure) {
                failures.add(fail("database", failure));
            } catch (SQLException e) {
                failures.add(fail("database", database.unreachable(e)));
            }
        }
        if (directory.isPresent()) {
            try {
                report("directory", directory.get().probe());
            } catch (ManageFailure failure) {
                failures.add(fail("directory", failure));
            }
        } else if (failures.isEmpty()) {
            report("directory", "none configured (bitpoll.ldap.url is not set): local accounts only");
        }
        if (!failures.isEmpty()) {
            throw new ManageFailure("check failed: " + String.join("; ", failures));
        }
        out.println("check: everything is in order");
        return 0;
    }

    private void report(String what, String result) {
        out.println("ok    " + what + ": " + result);
    }

    private String fail(String what, ManageFailure failure) {
        out.println("FAIL  " + what + ": " + failure.getMessage());
        return what;
    }

    private String settingsSource() {
        String file = environment.get("BITPOLL_PROPERTIES");
        return file == null || file.isBlank() ? ", no BITPOLL_PROPERTIES" : ", settings from " + file;
    }

    /** The server's properties file (BITPOLL_PROPERTIES), or none. */
    private Properties settings() {
        Properties settings = new Properties();
        String file = environment.get("BITPOLL_PROPERTIES");
        if (file == null || file.isBlank()) {
            return settings;
        }
        try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            settings.load(reader);
        } catch (IOException | RuntimeException e) {
            throw new ManageFailure("BITPOLL_PROPERTIES=" + file + " cannot be read: " + e.getMessage());
        }
        return settings;
    }

    private static Migrations.Status schema(DatabaseSettings database) {
        try {
            return Migrations.status(Migrations.over(database.url(), database.user(), database.password()));
        } catch (FlywayException e) {
            throw new ManageFailure("Flyway cannot read the schema of " + database.shownUrl() + ": " + firstLine(e));
        }
    }

    private static String firstLine(Exception e) {
        return e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().strip().lines().findFirst().orElse("");
    }

    // ---- migrate ----

    private void migrate(List<String> operands) {
        if (!operands.isEmpty()) {
            throw new ManageFailure("migrate takes no operands");
        }
        DatabaseSettings database = DatabaseSettings.from(environment);
        try (Connection reachable = database.connectOrCreate()) {
            var result = Migrations.over(database.url(), database.user(), database.password())
                    .migrate();
            out.println("migrate: applied " + result.migrationsExecuted + " migration(s) to " + database.shownUrl()
                    + "; schema " + schema(database).describe());
        } catch (SQLException e) {
            throw database.unreachable(e);
        } catch (FlywayException e) {
            throw new ManageFailure("the migrations failed on " + database.shownUrl() + ": " + firstLine(e));
        }
    }

    // ---- create-admin ----

    private void createAdmin(String requested) {
        String username = checked(() -> Usernames.check(requested));
        DatabaseSettings database = DatabaseSettings.from(environment);
        Optional<Directory> directory = Directory.from(settings());
        try (Connection connection = database.connectExisting()) {
            Migrations.Status status = schema(database);
            if (!status.upToDate()) {
                throw new ManageFailure("the schema is " + status.describe() + ": run bitpoll-manage migrate first");
            }
            try (PreparedStatement find = connection.prepareStatement(
                    "SELECT id, username, password_hash, site_admin FROM account WHERE LOWER(username) = LOWER(?)")) {
                find.setString(1, username);
                try (ResultSet found = find.executeQuery()) {
                    if (found.next()) {
                        promote(
                                connection,
                                found.getLong(1),
                                found.getString(2),
                                found.getString(3) == null,
                                found.getBoolean(4));
                        return;
                    }
                }
            }
            if (directory.isPresent() && directory.get().knows(username)) {
                throw new ManageFailure("the directory has a person " + username + ": directory people become site"
                        + " administrators through the directory group bitpoll.ldap.admin-group, not here");
            }
            String password = readPassword(username);
            insertAdmin(connection, database, username, Passwords.hash(password));
            out.println("create-admin: created the local account " + username
                    + " as a site administrator; it logs in with the password just given");
        } catch (SQLException e) {
            throw database.unreachable(e);
        }
    }

    private void promote(Connection connection, long id, String username, boolean directoryAccount, boolean admin)
            throws SQLException {
        if (directoryAccount) {
            throw new ManageFailure(username + " is a directory account: the directory decides who is an"
                    + " administrator (its group bitpoll.ldap.admin-group)");
        }
        if (admin) {
            out.println("create-admin: " + username + " is a site administrator already; nothing changed");
            return;
        }
        try (PreparedStatement flag =
                connection.prepareStatement("UPDATE account SET site_admin = TRUE WHERE id = ?")) {
            flag.setLong(1, id);
            flag.executeUpdate();
        }
        out.println("create-admin: the local account " + username + " is now a site administrator (its password"
                + " is unchanged)");
    }

    private static void insertAdmin(Connection connection, DatabaseSettings database, String username, String hash)
            throws SQLException {
        long id;
        try (Statement next = connection.createStatement();
                ResultSet value = next.executeQuery(
                        database.isH2() ? "SELECT NEXT VALUE FOR account_seq" : "SELECT nextval('account_seq')")) {
            value.next();
            id = value.getLong(1);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO account (id, username, password_hash,"
                + " site_admin, active, date_joined) VALUES (?, ?, ?, TRUE, TRUE, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, username);
            insert.setString(3, hash);
            insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    /**
     * The new account's password: from the terminal, asked twice without echo; otherwise the first line of standard
     * input (never from the command line or the environment, where other users or the shell history could see it).
     */
    private String readPassword(String username) {
        Console console = System.console();
        if (console != null && in == System.in) {
            char[] password = console.readPassword("Password for %s: ", username);
            char[] again = console.readPassword("The same password again: ");
            if (password == null || again == null) {
                throw new ManageFailure("no password given");
            }
            String chosen = new String(password);
            checked(() -> {
                PasswordPolicy.check(chosen, new String(again), username);
                return chosen;
            });
            return chosen;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new ManageFailure("no password on standard input (give it as its first line)");
            }
            checked(() -> {
                PasswordPolicy.check(line, username);
                return line;
            });
            return line;
        } catch (IOException e) {
            throw new ManageFailure("cannot read the password from standard input: " + e.getMessage());
        }
    }

    /** Runs a rule of the application; a broken one fails with its English message from the text bundle. */
    private static String checked(Supplier<String> rule) {
        try {
            return rule.get();
        } catch (RuleViolation violation) {
            ResourceBundle texts = ResourceBundle.getBundle(
                    "org.bitpoll.i18n.text",
                    Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            throw new ManageFailure(new MessageFormat(texts.getString(violation.messageKey()), Locale.ENGLISH)
                    .format(violation.arguments()));
        }
    }

    // ---- backup ----

    private void backup(Path file) {
        DatabaseSettings database = DatabaseSettings.from(environment);
        if (Files.exists(file)) {
            throw new ManageFailure(file + " exists already: a backup never overwrites a file, choose a new name");
        }
        if (database.isH2()) {
            backupH2(database, file);
        } else {
            backupPostgres(database, file);
        }
    }

    private void backupH2(DatabaseSettings database, Path file) {
        try (Connection connection = database.connectExisting()) {
            long lines = 0;
            try (OutputStream created = create(file);
                    OutputStream target = file.toString().endsWith(".gz") ? new GZIPOutputStream(created) : created;
                    Writer writer = new OutputStreamWriter(target, StandardCharsets.UTF_8);
                    Statement script = connection.createStatement();
                    ResultSet rows = script.executeQuery("SCRIPT")) {
                while (rows.next()) {
                    writer.write(rows.getString(1));
                    writer.write('\n');
                    lines++;
                }
            } catch (IOException e) {
                throw new ManageFailure("cannot write " + file + ": " + e.getMessage());
            }
            out.println("backup: wrote the H2 database " + database.shownUrl() + " to " + file + " (an SQL script of "
                    + lines + " statements, mode 600); restore it into an empty database with RUNSCRIPT FROM");
        } catch (SQLException e) {
            throw database.unreachable(e);
        }
    }

    private void backupPostgres(DatabaseSettings database, Path file) {
        PostgresTarget target = PostgresTarget.of(database);
        Path passwords = null;
        try {
            passwords = Files.createTempFile(
                    "bitpoll-pgpass",
                    "",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(passwords, target.passwordFileLine() + "\n");
            create(file).close();
            ProcessBuilder dump = new ProcessBuilder(
                            "pg_dump",
                            "--no-owner",
                            "--no-password",
                            "--username=" + target.user(),
                            "--file=" + file,
                            "--dbname=" + target.address())
                    .redirectErrorStream(true);
            dump.environment().put("PGPASSFILE", passwords.toString());
            Process process = dump.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                Files.deleteIfExists(file);
                throw new ManageFailure(
                        "pg_dump failed: " + output.lines().findFirst().orElse("(no message)"));
            }
        } catch (IOException e) {
            throw new ManageFailure(
                    e.getMessage() != null && e.getMessage().contains("pg_dump")
                            ? "pg_dump cannot be run (PostgreSQL's client tools must be on PATH): " + e.getMessage()
                            : "cannot write " + file + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ManageFailure("interrupted");
        } finally {
            if (passwords != null) {
                try {
                    Files.deleteIfExists(passwords);
                } catch (IOException e) {
                    out.println("backup: could not delete the temporary password file " + passwords);
                }
            }
        }
        out.println("backup: wrote the PostgreSQL database " + target.address() + " to " + file
                + " (pg_dump, plain SQL without owners, mode 600); restore it into an empty database with psql -f");
    }

    /** A new file only its owner can read and write; an existing one is never replaced. */
    private static OutputStream create(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            throw new ManageFailure(file + " exists already: a backup never overwrites a file, choose a new name");
        }
        return Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
