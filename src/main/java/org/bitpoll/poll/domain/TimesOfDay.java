package org.bitpoll.poll.domain;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the times a person types into the date-time wizard: {@code H:mm} or {@code HH:mm}, 00:00 to 23:59. */
public final class TimesOfDay {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");

    private TimesOfDay() {}

    /** The time, or empty when the text is not a time of day (such as 25:00, 9:5 or 12.30). */
    public static Optional<LocalTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = TIME.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = Integer.parseInt(matcher.group(2));
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }
}
