package org.bitpoll.it.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.bitpoll.it.support.TestServer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Flyway migrations run on both databases Bitpoll supports: a real PostgreSQL (the cluster test-services.sh
 * starts) and H2 in the version WildFly ships. Each run gets a fresh schema; the data model's constraints and
 * sequences behave the same on both.
 */
class MigrationIT {

    private static String url(String database, String schema) throws Exception {
        return switch (database) {
            case "postgresql" ->
                Files.readString(TestServer.services().resolve("postgres.url")).strip() + "&currentSchema=" + schema;
            case "h2" -> "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1";
            default -> throw new IllegalArgumentException(database);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void theDataModelIsCreatedAndEnforcesItsConstraints(String database) throws Exception {
        String schema = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = url(database, schema);
        MigrateResult result = Flyway.configure()
                .dataSource(url, null, null)
                .schemas(schema)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();

        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setSchema(schema);
            List<String> tables = List.of(
                    "account",
                    "user_group",
                    "group_member",
                    "group_admin",
                    "group_invitation",
                    "poll",
                    "choice",
                    "choice_value",
                    "vote",
                    "vote_choice",
                    "poll_comment",
                    "poll_watch",
                    "invitation",
                    "poll_reminder",
                    "dav_calendar",
                    "rate_limit");
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        assertThat(rows.next()).isTrue();
                    }
                }
                long first = nextValue(statement, database, "poll_seq");
                long second = nextValue(statement, database, "poll_seq");
                assertThat(first).isEqualTo(50);
                assertThat(second - first).isEqualTo(50);
            }

            OffsetDateTime created = OffsetDateTime.of(2030, 3, 31, 1, 30, 0, 0, ZoneOffset.UTC);
            insertPoll(connection, 1, "same-slug", created);
            assertThat(readCreated(connection, 1)).isEqualTo(created.toInstant());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> insertPoll(connection, 2, "same-slug", created))
                    .isInstanceOf(java.sql.SQLException.class);
        }
    }

    /** V4: deleting an account keeps its votes, no longer linked to it, and the votes it assigned (decision 6). */
    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void votesOutliveTheirAccount(String database) throws Exception {
        String schema = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
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
            insertPoll(connection, 1, "kept", OffsetDateTime.of(2030, 3, 31, 1, 30, 0, 0, ZoneOffset.UTC));
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO account (id, username, date_joined) VALUES"
                        + " (7, 'leaver', CURRENT_TIMESTAMP), (8, 'stays', CURRENT_TIMESTAMP)");
                statement.executeUpdate("INSERT INTO vote (id, poll_id, account_id, name, date_created) VALUES"
                        + " (1, 1, 7, 'Leaver', CURRENT_TIMESTAMP)");
                statement.executeUpdate("INSERT INTO vote (id, poll_id, account_id, assigned_by_id, name, date_created)"
                        + " VALUES (2, 1, 8, 7, 'Stays', CURRENT_TIMESTAMP)");
                statement.executeUpdate("DELETE FROM account WHERE id = 7");
                try (ResultSet rows =
                        statement.executeQuery("SELECT id, account_id, assigned_by_id FROM vote ORDER BY id")) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getLong(1)).isEqualTo(1);
                    assertThat(rows.getObject(2)).isNull();
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getLong(2)).isEqualTo(8);
                    assertThat(rows.getObject(3)).isNull();
                }
            }
        }
    }

    private static long nextValue(Statement statement, String database, String sequence) throws Exception {
        String sql = database.equals("postgresql")
                ? "SELECT nextval('" + sequence + "')"
                : "SELECT NEXT VALUE FOR " + sequence;
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void insertPoll(Connection connection, long id, String slug, OffsetDateTime created)
            throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO poll (id, title, url, poll_type, created) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, "Title");
            insert.setString(3, slug);
            insert.setString(4, "universal");
            insert.setObject(5, created);
            insert.executeUpdate();
        }
    }

    private static java.time.Instant readCreated(Connection connection, long id) throws Exception {
        try (PreparedStatement select = connection.prepareStatement("SELECT created FROM poll WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getObject(1, OffsetDateTime.class).toInstant();
            }
        }
    }
}
