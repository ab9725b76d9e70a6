package org.bitpoll.platform.persistence;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The one Flyway set-up of Bitpoll's schema ({@code db/migration} of the WAR), for the migration at deployment
 * ({@link DatabaseMigration}), the readiness check and the management command {@code bitpoll-manage}, and what it
 * says about a database: {@link #status}.
 */
public final class Migrations {

    /** Where the migrations are, on the WAR's class path. */
    public static final String LOCATION = "classpath:db/migration";

    private Migrations() {}

    /** Flyway over the server's datasource. */
    public static Flyway over(DataSource dataSource) {
        return configure().dataSource(dataSource).load();
    }

    /** Flyway over a database reached with a JDBC URL (the management command; the driver must be on its path). */
    public static Flyway over(String url, String user, String password) {
        return configure().dataSource(url, user, password).load();
    }

    private static FluentConfiguration configure() {
        return Flyway.configure(Migrations.class.getClassLoader()).locations(LOCATION);
    }

    /** Where the database's schema stands against the migrations this WAR has. */
    public static Status status(Flyway flyway) {
        MigrationInfoService info = flyway.info();
        MigrationInfo current = info.current();
        String newest = Arrays.stream(info.all())
                .filter(migration -> migration.getVersion() != null)
                .max(Comparator.comparing(MigrationInfo::getVersion))
                .map(migration -> migration.getVersion().getVersion())
                .orElse("none");
        String at = current == null || current.getVersion() == null
                ? "none"
                : current.getVersion().getVersion();
        return new Status(at, newest, info.pending().length);
    }

    /**
     * A schema's version ("none" before the first migration), the newest version the WAR has, and how many of the
     * WAR's migrations the database still lacks.
     */
    public record Status(String current, String newest, int pending) {

        public Status {
            Objects.requireNonNull(current);
            Objects.requireNonNull(newest);
        }

        /** Whether every migration of the WAR is applied, the newest included. */
        public boolean upToDate() {
            return pending == 0 && current.equals(newest);
        }

        /** One line for people: "at version 4, the newest" or "at version 3, 1 migration to version 4 pending". */
        public String describe() {
            return upToDate()
                    ? "at version " + current + ", the newest"
                    : "at version " + current + ", " + pending + " migration(s) to version " + newest + " pending";
        }
    }
}
