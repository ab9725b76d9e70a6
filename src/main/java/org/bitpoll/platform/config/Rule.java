package org.bitpoll.platform.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the value of a {@link Setting} must look like. {@link #problem} judges a value the operator has set (never
 * blank: a blank value counts as not set, and the default applies) and returns the reason it is refused.
 */
public enum Rule {
    /** Any text. */
    TEXT,
    /** Any text, shown in the log by its length only. */
    LONG_TEXT,
    /** A password: never shown, the log says only whether it is set. */
    SECRET,
    BOOLEAN {
        @Override
        public Optional<String> problem(String value) {
            return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
                    ? Optional.empty()
                    : Optional.of("must be true or false");
        }
    },
    /** A whole number of at least 1. */
    POSITIVE {
        @Override
        public Optional<String> problem(String value) {
            return wholeNumber(value).filter(number -> number >= 1).isPresent()
                    ? Optional.empty()
                    : Optional.of("must be a whole number of at least 1");
        }
    },
    /** A whole number of at least 0. */
    NOT_NEGATIVE {
        @Override
        public Optional<String> problem(String value) {
            return wholeNumber(value).filter(number -> number >= 0).isPresent()
                    ? Optional.empty()
                    : Optional.of("must be a whole number of at least 0");
        }
    },
    /** A number of minutes from 1 to 1440 (a day): how long a signed question can be answered. */
    MINUTES_OF_A_DAY {
        @Override
        public Optional<String> problem(String value) {
            return wholeNumber(value)
                            .filter(number -> number >= 1 && number <= 1440)
                            .isPresent()
                    ? Optional.empty()
                    : Optional.of("must be a whole number of minutes from 1 to 1440");
        }
    },
    PORT {
        @Override
        public Optional<String> problem(String value) {
            return wholeNumber(value)
                            .filter(number -> number >= 1 && number <= 65535)
                            .isPresent()
                    ? Optional.empty()
                    : Optional.of("must be a port number from 1 to 65535");
        }
    },
    /** A host name or address, nothing around it. */
    HOST {
        @Override
        public Optional<String> problem(String value) {
            return HOST_NAME.matcher(value).matches()
                    ? Optional.empty()
                    : Optional.of("must be a host name or address, without scheme or port");
        }
    },
    TIME_ZONE {
        @Override
        public Optional<String> problem(String value) {
            try {
                ZoneId.of(value);
                return Optional.empty();
            } catch (DateTimeException e) {
                return Optional.of("must be a time zone such as Europe/Berlin or UTC");
            }
        }
    },
    MAIL_ADDRESS {
        @Override
        public Optional<String> problem(String value) {
            return MAIL.matcher(value).matches()
                    ? Optional.empty()
                    : Optional.of("must be a mail address such as bitpoll@example.org");
        }
    },
    /** An absolute http(s) address of a web page. */
    WEB_ADDRESS {
        @Override
        public Optional<String> problem(String value) {
            return webAddress(value).isPresent()
                    ? Optional.empty()
                    : Optional.of("must be an absolute address starting with http:// or https://");
        }
    },
    /** The address people reach the site at: scheme, host and port, no path (the application is the root). */
    SITE_ADDRESS {
        @Override
        public Optional<String> problem(String value) {
            Optional<URI> uri = webAddress(value);
            if (uri.isEmpty()) {
                return Optional.of("must be an absolute address starting with http:// or https://");
            }
            String path = uri.get().getRawPath();
            boolean bare = (path == null || path.isEmpty() || path.equals("/"))
                    && uri.get().getRawQuery() == null
                    && uri.get().getRawFragment() == null;
            return bare
                    ? Optional.empty()
                    : Optional.of("must be only scheme, host and port (such as https://polls.example.org), no path");
        }
    },
    /** One or more directory addresses, separated by spaces. */
    LDAP_ADDRESSES {
        @Override
        public Optional<String> problem(String value) {
            for (String address : value.split("\\s+")) {
                String scheme = address.contains("://")
                        ? address.substring(0, address.indexOf("://")).toLowerCase(Locale.ROOT)
                        : "";
                if (!(scheme.equals("ldap") || scheme.equals("ldaps"))) {
                    return Optional.of(address + " must start with ldap:// or ldaps://");
                }
                try {
                    if (new URI(address).getHost() == null) {
                        return Optional.of(address + " names no host");
                    }
                } catch (URISyntaxException e) {
                    return Optional.of(address + " is no address: " + e.getReason());
                }
            }
            return Optional.empty();
        }
    },
    DATABASE_DRIVER {
        @Override
        public Optional<String> problem(String value) {
            return value.equals("h2") || value.equals("postgresql")
                    ? Optional.empty()
                    : Optional.of("must be h2 or postgresql");
        }
    },
    /** A JDBC URL; that it matches the driver is checked by {@link SettingsCheck}. */
    JDBC_URL {
        @Override
        public Optional<String> problem(String value) {
            return value.startsWith("jdbc:")
                    ? Optional.empty()
                    : Optional.of("must be a JDBC URL starting with jdbc:h2: or jdbc:postgresql:");
        }
    },
    /**
     * One or more IP addresses, separated by spaces or commas, each written as the server reports a peer's address
     * (IPv6 without abbreviation, as Java prints it): the listener compares the texts.
     */
    IP_ADDRESSES {
        @Override
        public Optional<String> problem(String value) {
            for (String address : ipAddresses(value)) {
                if (!IP_LITERAL.matcher(address).matches()) {
                    return Optional.of(address + " is no IP address");
                }
                try {
                    String canonical = InetAddress.getByName(address).getHostAddress();
                    if (!canonical.equals(address)) {
                        return Optional.of(address + " must be written as " + canonical);
                    }
                } catch (UnknownHostException e) {
                    return Optional.of(address + " is no IP address");
                }
            }
            return Optional.empty();
        }
    },
    /** EJB calendar attributes: {@code key=value} pairs separated by spaces. */
    SCHEDULE {
        @Override
        public Optional<String> problem(String value) {
            for (String pair : value.split("\\s+")) {
                int equals = pair.indexOf('=');
                if (equals <= 0 || equals == pair.length() - 1) {
                    return Optional.of(pair + " is no key=value pair (such as hour=3 minute=15)");
                }
                String key = pair.substring(0, equals);
                if (!SCHEDULE_KEYS.contains(key)) {
                    return Optional.of(key + " is none of " + String.join(", ", SCHEDULE_KEYS_IN_ORDER));
                }
            }
            return Optional.empty();
        }
    };

    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+\\]|[0-9A-Fa-f:]+");
    private static final Pattern MAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+");
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]+");
    private static final String[] SCHEDULE_KEYS_IN_ORDER = {
        "second", "minute", "hour", "dayOfMonth", "month", "dayOfWeek"
    };
    private static final Set<String> SCHEDULE_KEYS = Set.of(SCHEDULE_KEYS_IN_ORDER);

    /** Why this value (stripped, not blank) is refused; empty when it is fine. */
    public Optional<String> problem(String value) {
        return Optional.empty();
    }

    /** The addresses of a list separated by spaces or commas. */
    static String[] ipAddresses(String value) {
        String stripped = value.strip();
        return stripped.isEmpty() ? new String[0] : stripped.split("[\\s,]+");
    }

    private static Optional<Integer> wholeNumber(String value) {
        try {
            return Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<URI> webAddress(String value) {
        try {
            URI uri = new URI(value);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
