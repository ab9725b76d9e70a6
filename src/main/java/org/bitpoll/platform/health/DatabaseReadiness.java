package org.bitpoll.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.bitpoll.platform.persistence.Migrations;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready to serve when the database answers and Flyway finds its schema at the newest migration of this WAR (a
 * database restored from an older backup, or migrated by nobody, is not ready). The answer names the schema's
 * version and the newest; when the database cannot be asked it says only that, and the log says why.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "bitpoll-database";
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @Resource(lookup = "java:jboss/datasources/BitpollDS")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        Migrations.Status status;
        try {
            status = Migrations.status(Migrations.over(dataSource));
        } catch (RuntimeException unreachable) {
            LOG.warning(() -> "readiness: the database cannot be asked for its schema: " + unreachable.getMessage());
            return HealthCheckResponse.named(NAME)
                    .down()
                    .withData("database", "unreachable")
                    .build();
        }
        return HealthCheckResponse.named(NAME)
                .status(status.upToDate())
                .withData("database", "reachable")
                .withData("schema", status.current())
                .withData("newest", status.newest())
                .build();
    }
}
