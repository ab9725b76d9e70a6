package org.bitpoll.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.bitpoll.platform.config.SettingSource;

/**
 * Applies the Flyway migrations under {@code db/migration} ({@link Migrations}) when the application is deployed,
 * before the first request: the schema is never generated from the entities. It runs after the settings are checked
 * ({@code SettingsStartup}), so a bad setting is reported as such, and first opens one connection, so that a database
 * that cannot be reached fails the deployment with a message naming its settings.
 */
@Singleton
@Startup
@DependsOn("SettingsStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/BitpollDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        DatabaseReachability.require(dataSource::getConnection, SettingSource.system());
        var result = Migrations.over(dataSource).migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + ", " + result.migrationsExecuted
                + " migration(s) applied");
    }
}
