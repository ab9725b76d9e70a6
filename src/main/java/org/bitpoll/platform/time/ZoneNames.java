package org.bitpoll.platform.time;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The time zones a person or a poll may choose: the region ids of the Java runtime's time-zone database, such as
 * {@code Europe/Berlin}, that fit the database columns (offsets such as {@code +01:00} are not zones: they know no
 * daylight saving time).
 */
public final class ZoneNames {

    /** Longest zone name the database columns hold. */
    public static final int MAX_LENGTH = 40;

    private static final Set<String> IDS = Set.copyOf(ZoneId.getAvailableZoneIds());
    private static final List<String> SORTED =
            IDS.stream().filter(id -> id.length() <= MAX_LENGTH).sorted().toList();

    private ZoneNames() {}

    /** Every zone name, alphabetically. */
    public static List<String> available() {
        return SORTED;
    }

    /** Whether this is one of the {@link #available()} names. */
    public static boolean isKnown(String name) {
        return name != null && name.length() <= MAX_LENGTH && IDS.contains(name);
    }
}
