package org.bitpoll.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.UUID;
import org.bitpoll.account.domain.Passwords;

/**
 * Local accounts for the tests, written straight into the test server's database as an operator's SQL would (the
 * registration pages have tests of their own), and the connection other tests use to look into that database. The
 * build names the database of the server under test ({@code bitpoll.it.jdbcUrl}, pom.xml): H2 in AUTO_SERVER mode,
 * which this JVM opens while WildFly holds it, or PostgreSQL, where the tests log in as the server does, with the
 * role ({@code bitpoll.it.jdbcUser}) and the password from the server's own properties file
 * ({@code bitpoll.it.jdbcPasswordFile}, made by test-services.sh). The SQL here and in the tests runs on both
 * (sequences through {@code nextval('<name>')}, which H2 knows as well). The password hash is the one the
 * application writes, so the server's jdbc-realm checks the password as for any account.
 */
public final class TestAccounts {

    /** A created account's user name and password. */
    public record Credentials(String username, String password) {}

    private TestAccounts() {}

    /** A local account with a unique user name that starts with {@code prefix}, first name "Test". */
    public static Credentials create(String prefix) {
        return insert(unique(prefix), "Test", false);
    }

    /** A local site administrator. */
    public static Credentials createAdmin(String prefix) {
        return insert(unique(prefix), "Admin", true);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Credentials insert(String username, String firstName, boolean siteAdmin) {
        String password = "pw-" + UUID.randomUUID();
        String sql = "INSERT INTO account (id, username, password_hash, first_name, last_name, email, site_admin,"
                + " date_joined) VALUES (nextval('account_seq'), ?, ?, ?, 'Tester', ?, ?, ?)";
        try (Connection connection = connect();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, username);
            insert.setString(2, Passwords.hash(password));
            insert.setString(3, firstName);
            insert.setString(4, username + "@example.org");
            insert.setBoolean(5, siteAdmin);
            insert.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test account " + username, e);
        }
        return new Credentials(username, password);
    }

    /** A connection to the test server's database. */
    public static Connection connect() throws SQLException {
        String url = System.getProperty("bitpoll.it.jdbcUrl");
        if (url == null) {
            throw new IllegalStateException("bitpoll.it.jdbcUrl is not set (pom.xml, integration-testing profile)");
        }
        return DriverManager.getConnection(url, System.getProperty("bitpoll.it.jdbcUser", "sa"), password());
    }

    private static String password() {
        String file = System.getProperty("bitpoll.it.jdbcPasswordFile");
        if (file == null) {
            return "sa";
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("test-services.sh writes the database password to " + file, e);
        }
        return properties.getProperty("bitpoll.db.password");
    }
}
