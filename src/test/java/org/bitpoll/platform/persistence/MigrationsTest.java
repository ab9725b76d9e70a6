package org.bitpoll.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** What the readiness check and bitpoll-manage learn of a schema, on a real (in-memory) H2 database. */
class MigrationsTest {

    private final Flyway flyway =
            Migrations.over("jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "sa");

    @Test
    void anEmptyDatabaseLacksEveryMigration() {
        Migrations.Status status = Migrations.status(flyway);

        assertThat(status.current()).isEqualTo("none");
        assertThat(status.pending()).isPositive();
        assertThat(status.upToDate()).isFalse();
        assertThat(status.describe()).startsWith("at version none, ").endsWith(" pending");
    }

    @Test
    void aMigratedDatabaseIsAtTheNewestVersion() {
        flyway.migrate();

        Migrations.Status status = Migrations.status(flyway);

        assertThat(status.pending()).isZero();
        assertThat(status.current()).isEqualTo(status.newest()).isNotEqualTo("none");
        assertThat(status.upToDate()).isTrue();
        assertThat(status.describe()).isEqualTo("at version " + status.newest() + ", the newest");
    }

    @Test
    void aSchemaBehindTheNewestIsNotUpToDate() {
        Migrations.Status behind = new Migrations.Status("3", "4", 1);

        assertThat(behind.upToDate()).isFalse();
        assertThat(behind.describe()).isEqualTo("at version 3, 1 migration(s) to version 4 pending");
    }
}
