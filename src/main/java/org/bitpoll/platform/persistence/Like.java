package org.bitpoll.platform.persistence;

import java.util.Locale;

/**
 * Patterns of {@code LIKE ... ESCAPE '!'} searches: the text searched for matches literally, its {@code %} and
 * {@code _} included, in any case (the queries compare {@code LOWER(column)}).
 */
public final class Like {

    private Like() {}

    /** The pattern that finds {@code text} anywhere; a null or blank text finds everything. */
    public static String containing(String text) {
        String plain = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        StringBuilder pattern = new StringBuilder("%");
        for (char c : plain.toCharArray()) {
            if (c == '!' || c == '%' || c == '_') {
                pattern.append('!');
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
