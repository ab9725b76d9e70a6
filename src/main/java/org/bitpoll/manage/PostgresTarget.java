package org.bitpoll.manage;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A PostgreSQL JDBC URL ({@code jdbc:postgresql://host:port/database?parameters}, or {@code jdbc:postgresql:database}
 * for localhost) as the address libpq's tools ({@code pg_dump}) take: {@code postgresql://host:port/database}, the
 * user, the password and the parameters both understand ({@code sslmode}). The password never goes into the
 * address (it would show on a command line): {@link #password} is for a password file.
 */
record PostgresTarget(String address, String user, String password) {

    private static final String PREFIX = "jdbc:postgresql:";

    static PostgresTarget of(DatabaseSettings settings) {
        String rest = settings.url().substring(PREFIX.length());
        Map<String, String> parameters = new LinkedHashMap<>();
        int query = rest.indexOf('?');
        if (query >= 0) {
            for (String pair : rest.substring(query + 1).split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(
                            pair.substring(0, equals),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
            rest = rest.substring(0, query);
        }
        String hostAndDatabase;
        if (rest.startsWith("//")) {
            URI uri = URI.create("postgresql:" + rest);
            String host = uri.getHost() == null ? "localhost" : uri.getHost();
            int port = uri.getPort() < 0 ? 5432 : uri.getPort();
            String database = uri.getPath() == null || uri.getPath().length() <= 1
                    ? ""
                    : uri.getPath().substring(1);
            hostAndDatabase = host + ":" + port + "/" + database;
        } else {
            hostAndDatabase = "localhost:5432/" + rest;
        }
        String sslmode = parameters.containsKey("sslmode") ? "?sslmode=" + parameters.get("sslmode") : "";
        String user = parameters.getOrDefault("user", settings.user());
        String password = parameters.getOrDefault("password", settings.password());
        return new PostgresTarget("postgresql://" + hostAndDatabase + sslmode, user, password);
    }

    /** The line of a libpq password file that gives this password for any server, with : and \ escaped. */
    String passwordFileLine() {
        return "*:*:*:*:"
                + password.chars()
                        .mapToObj(c -> c == ':' || c == '\\' ? "\\" + (char) c : String.valueOf((char) c))
                        .collect(Collectors.joining());
    }
}
