package org.bitpoll.manage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The database the server uses, from the same environment variables and defaults as its datasource
 * (configure-server.cli): {@code BITPOLL_DB_DRIVER} ({@code h2} or {@code postgresql}, default h2),
 * {@code BITPOLL_DB_URL} (default: the H2 file under {@code BITPOLL_BASE_DIR/data/bitpoll/}), {@code BITPOLL_DB_USER}
 * (default {@code sa}) and the password from the file {@code BITPOLL_DB_PASSWORD_FILE} (its first line) or
 * {@code BITPOLL_DB_PASSWORD} (default {@code sa}).
 */
record DatabaseSettings(String driver, String url, String user, String password) {

    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^;&]*");

    static DatabaseSettings from(Map<String, String> environment) {
        String driver = environment.getOrDefault("BITPOLL_DB_DRIVER", "h2").strip();
        if (!driver.equals("h2") && !driver.equals("postgresql")) {
            throw new ManageFailure("BITPOLL_DB_DRIVER=" + driver + " is not a driver Bitpoll knows: h2 or postgresql");
        }
        String url = environment.get("BITPOLL_DB_URL");
        if (url == null || url.isBlank()) {
            String base = environment.get("BITPOLL_BASE_DIR");
            if (base == null || base.isBlank()) {
                throw new ManageFailure("neither BITPOLL_DB_URL nor BITPOLL_BASE_DIR is set: no database to open");
            }
            url = "jdbc:h2:file:" + base + "/data/bitpoll/bitpoll;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        }
        url = url.strip();
        if (!url.startsWith("jdbc:" + driver + ":")) {
            throw new ManageFailure(
                    "BITPOLL_DB_URL does not start with jdbc:" + driver + ": but BITPOLL_DB_DRIVER is " + driver);
        }
        return new DatabaseSettings(
                driver, url, environment.getOrDefault("BITPOLL_DB_USER", "sa"), password(environment));
    }

    private static String password(Map<String, String> environment) {
        String file = environment.get("BITPOLL_DB_PASSWORD_FILE");
        if (file != null && !file.isBlank()) {
            try {
                return Files.readAllLines(Path.of(file)).stream().findFirst().orElse("");
            } catch (IOException | RuntimeException e) {
                throw new ManageFailure("BITPOLL_DB_PASSWORD_FILE=" + file + " cannot be read: " + e.getMessage());
            }
        }
        return environment.getOrDefault("BITPOLL_DB_PASSWORD", "sa");
    }

    boolean isH2() {
        return driver.equals("h2");
    }

    /** The URL for messages: a password in it is replaced by stars. */
    String shownUrl() {
        return PASSWORD_IN_URL.matcher(url).replaceAll("$1***");
    }

    /**
     * A connection to the database, which must exist: an H2 URL gets {@code IFEXISTS=TRUE}, so that a wrong path
     * is reported instead of creating an empty database there.
     */
    Connection connectExisting() {
        String existing = isH2() && !url.toUpperCase().contains("IFEXISTS") ? url + ";IFEXISTS=TRUE" : url;
        return connect(existing);
    }

    /** A connection that may create an H2 database (for the migrations of a new installation). */
    Connection connectOrCreate() {
        return connect(url);
    }

    private Connection connect(String jdbcUrl) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        try {
            return DriverManager.getConnection(jdbcUrl, properties);
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    /** What a failed connection means, in one line. */
    ManageFailure unreachable(SQLException e) {
        if (isH2() && e.getErrorCode() == 90020) {
            return new ManageFailure("the H2 database of " + shownUrl() + " is in use by the running server: stop the"
                    + " server first (systemctl stop bitpoll), then run the command again");
        }
        if (isH2() && e.getErrorCode() == 90146) {
            return new ManageFailure(
                    "there is no H2 database at " + shownUrl() + " (BITPOLL_DB_URL, BITPOLL_BASE_DIR)");
        }
        String reason = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("");
        return new ManageFailure("the database " + shownUrl() + " cannot be reached: " + reason);
    }
}
