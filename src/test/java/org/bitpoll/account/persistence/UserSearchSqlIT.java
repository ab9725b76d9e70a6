package org.bitpoll.account.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bitpoll.it.support.TestServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The user autocomplete's SQL ({@link SqlUserFinder}) gives the same answers on PostgreSQL (the cluster
 * test-services.sh starts) and on H2 in the version WildFly ships, each in a fresh schema of the migrations.
 */
class UserSearchSqlIT {

    private static String url(String database, String schema) throws Exception {
        return switch (database) {
            case "postgresql" ->
                Files.readString(TestServer.services().resolve("postgres.url")).strip() + "&currentSchema=" + schema;
            case "h2" -> "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1";
            default -> throw new IllegalArgumentException(database);
        };
    }

    private static void account(
            Connection connection, long id, String username, String first, String last, boolean active)
            throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO account (id, username, first_name,"
                + " last_name, active, date_joined) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, username);
            insert.setString(3, first);
            insert.setString(4, last);
            insert.setBoolean(5, active);
            insert.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static List<String> usernames(Connection connection, String sql, List<Object> parameters) throws Exception {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<String> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(2));
                }
            }
            return found;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void theQueriesFindTheSameAccountsOnBothDatabases(String database) throws Exception {
        String schema = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = url(database, schema);
        Flyway.configure()
                .dataSource(url, null, null)
                .schemas(schema)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setSchema(schema);
            account(connection, 1, "alice", "Alice", "Smith", true);
            account(connection, 2, "123carl", "Carl", "Meier", true);
            account(connection, 3, "xdora", "Dora", "Klein", true);
            account(connection, 4, "a_b%c", "Weird", "Name", true);
            account(connection, 5, "axbyz", "Abe", "Other", true);
            account(connection, 6, "alfred", "Alfred", "Gone", false);
            account(connection, 7, "Mixed", "Maria", "Smithers", true);

            assertThat(usernames(connection, SqlUserFinder.BY_USERNAME, List.of("alice")))
                    .containsExactly("alice");
            assertThat(usernames(connection, SqlUserFinder.BY_USERNAME, List.of("mixed")))
                    .containsExactly("Mixed");
            assertThat(usernames(connection, SqlUserFinder.BY_USERNAME, List.of("alfred")))
                    .as("inactive accounts are not offered")
                    .isEmpty();
            assertThat(usernames(connection, SqlUserFinder.BY_PREFIX, SqlUserFinder.prefixParameters("car")))
                    .containsExactly("123carl");
            assertThat(usernames(connection, SqlUserFinder.BY_PREFIX, SqlUserFinder.prefixParameters("dor")))
                    .containsExactly("xdora");
            assertThat(usernames(connection, SqlUserFinder.BY_PREFIX, SqlUserFinder.prefixParameters("smi")))
                    .containsExactly("alice", "Mixed");
            assertThat(usernames(connection, SqlUserFinder.BY_PREFIX, SqlUserFinder.prefixParameters("a_b")))
                    .as("an underscore is no wildcard")
                    .containsExactly("a_b%c");
            assertThat(usernames(connection, SqlUserFinder.BY_PREFIX, SqlUserFinder.prefixParameters("al")))
                    .containsExactly("alice");
            assertThat(usernames(connection, SqlUserFinder.BY_NAMES, SqlUserFinder.namesParameters("mar", "smi")))
                    .containsExactly("Mixed");
        }
    }
}
