package org.bitpoll.manage;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A PostgreSQL JDBC URL ({@code jdbc:postgresql://host:port/database?parameters}, or {@code jdbc:postgresql:database}
 * for localhost) as the address libpq's tools ({@code pg_dump}) take: {@code postgresql://host:port/database}, the
 * user, the password and the parameters both understand ({@code sslmode}). The password never goes into the
 * address (it would show on a command line): {@link #password} is for a password file.
 */
record PostgresTarget(String address, String user, String password) {

    private static final String PREFIX = "jdbc:postgresql:";
    /**
     * A Unix socket given to junixsocket's socket factory ({@code socketFactoryArg}, as the NixOS module's URL has
     * it): libpq takes its folder as the host and the number in its name as the port.
     */
    private static final Pattern SOCKET = Pattern.compile("(/.*)/\\.s\\.PGSQL\\.([0-9]+)");

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
        String user = parameters.getOrDefault("user", settings.user());
        String password = parameters.getOrDefault("password", settings.password());
        Matcher socket = SOCKET.matcher(parameters.getOrDefault("socketFactoryArg", ""));
        if (socket.matches()) {
            String database = hostAndDatabase.substring(hostAndDatabase.indexOf('/') + 1);
            return new PostgresTarget(
                    "postgresql:///" + database + "?host=" + socket.group(1) + "&port=" + socket.group(2),
                    user,
                    password);
        }
        String sslmode = parameters.containsKey("sslmode") ? "?sslmode=" + parameters.get("sslmode") : "";
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
