package org.bitpoll.poll.domain;

import java.time.ZoneId;
import java.util.List;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.time.ZoneNames;

/** The time zones a poll may have: the {@link ZoneNames} every choice of a zone offers. */
public final class TimeZones {

    /** Longest zone name the database column holds. */
    public static final int MAX_LENGTH = ZoneNames.MAX_LENGTH;

    private TimeZones() {}

    /** Every zone name, alphabetically. */
    public static List<String> available() {
        return ZoneNames.available();
    }

    /** The zone of this name; an unknown name is refused. */
    public static ZoneId of(String name) {
        if (!ZoneNames.isKnown(name)) {
            throw new RuleViolation(PollRule.TIME_ZONE_UNKNOWN, name == null ? "" : name);
        }
        return ZoneId.of(name);
    }
}
