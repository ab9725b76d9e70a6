/**
 * The database side of the management command {@code wildfly-config/bitpoll-manage}: a command-line program
 * ({@link Manage}) that the script runs with this WAR's classes, its libraries and the server's JDBC driver and
 * Elytron on the class path, outside the server. It checks the configuration, the database and the directory,
 * applies the migrations, makes site administrators and writes backups, with plain JDBC, Flyway and the
 * application's own password hashing; nothing in the application uses it (ArchitectureTest).
 */
package org.bitpoll.manage;
