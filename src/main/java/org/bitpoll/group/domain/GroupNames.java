package org.bitpoll.group.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of a group's name, checked in the reference's order: only letters, digits, "." and "-", starting with
 * a letter; at least three characters; at most 150 (the column). Names are unique regardless of case: two names
 * are the same group when their {@link #key}s are equal.
 */
public final class GroupNames {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 150;

    private static final Pattern SHAPE = Pattern.compile("^[a-zA-Z][a-zA-Z0-9\\-.]*$");

    private GroupNames() {}

    /** The first rule {@code name} breaks, or empty for a good name. */
    public static Optional<GroupRule> problem(String name) {
        if (name == null || !SHAPE.matcher(name).matches()) {
            return Optional.of(GroupRule.NAME_INVALID);
        }
        if (name.length() < MIN_LENGTH) {
            return Optional.of(GroupRule.NAME_TOO_SHORT);
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of(GroupRule.NAME_TOO_LONG);
        }
        return Optional.empty();
    }

    /** What makes a name unique: the name in lower case, in every server locale alike. */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
