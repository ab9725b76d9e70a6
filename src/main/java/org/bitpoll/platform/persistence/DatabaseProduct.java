package org.bitpoll.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Which database Bitpoll runs on, as its JDBC driver reports it (for the technical info page). */
@ApplicationScoped
public class DatabaseProduct {

    private static final Logger LOG = Logger.getLogger(DatabaseProduct.class.getName());

    /** A database product and the driver that talks to it. */
    public record Description(String product, String driver) {}

    @Resource(lookup = "java:jboss/datasources/BitpollDS")
    private DataSource dataSource;

    /** The database's name and version and the driver's; empty when the database cannot be reached. */
    public Optional<Description> describe() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return Optional.of(new Description(
                    meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion(),
                    meta.getDriverName() + " " + meta.getDriverVersion()));
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "the database did not describe itself", e);
            return Optional.empty();
        }
    }
}
