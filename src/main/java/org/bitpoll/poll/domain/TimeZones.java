package org.bitpoll.poll.domain;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.bitpoll.platform.error.RuleViolation;

/**
 * The time zones a poll may have: the region ids of the Java runtime's time-zone database, such as
 * {@code Europe/Berlin} (offsets such as {@code +01:00} are not zones: they know no daylight saving time).
 */
public final class TimeZones {

    /** Longest zone name the database column holds. */
    public static final int MAX_LENGTH = 40;

    private static final Set<String> IDS = Set.copyOf(ZoneId.getAvailableZoneIds());
    private static final List<String> SORTED =
            IDS.stream().filter(id -> id.length() <= MAX_LENGTH).sorted().toList();

    private TimeZones() {}

    /** Every zone name, alphabetically. */
    public static List<String> available() {
        return SORTED;
    }

    /** The zone of this name; an unknown name is refused. */
    public static ZoneId of(String name) {
        if (name == null || name.length() > MAX_LENGTH || !IDS.contains(name)) {
            throw new RuleViolation(PollRule.TIME_ZONE_UNKNOWN, name == null ? "" : name);
        }
        return ZoneId.of(name);
    }
}
