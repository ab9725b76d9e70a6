package org.bitpoll.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.bitpoll.platform.config.Setting;
import org.bitpoll.platform.config.SettingSource;
import org.bitpoll.platform.config.SettingsCheck;

/**
 * Opens one connection to the database before the migrations run, so that a database that cannot be reached fails
 * the deployment with a message naming the settings that point at it (never the password), instead of Flyway's
 * general failure.
 */
public final class DatabaseReachability {

    /** Opens a connection; a {@code DataSource::getConnection} in the server. */
    @FunctionalInterface
    public interface Connector {
        Connection open() throws SQLException;
    }

    private DatabaseReachability() {}

    /** Throws an {@link IllegalStateException} naming the database settings when no connection can be opened. */
    public static void require(Connector connector, SettingSource settings) {
        try (Connection connection = connector.open()) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "BitpollDS (" + Setting.DB_DRIVER.displayName() + "=" + settings.value(Setting.DB_DRIVER) + ", "
                            + Setting.DB_URL.displayName() + "="
                            + SettingsCheck.withoutPassword(settings.value(Setting.DB_URL)) + ", "
                            + Setting.DB_USER.displayName() + "=" + settings.value(Setting.DB_USER)
                            + ") cannot be reached: " + reasons(e),
                    e);
        }
    }

    /** The messages of the exception and its causes, each once. */
    private static String reasons(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && messages.stream().noneMatch(known -> known.contains(message))) {
                messages.add(message);
            }
        }
        return String.join(": ", messages);
    }
}
