package org.bitpoll.platform.scheduling;

import jakarta.ejb.ScheduleExpression;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schedule as an operator writes it: space-separated EJB calendar attributes {@code name=value}, such as
 * {@code hour=3 minute=15} or {@code second=*&#47;5 minute=* hour=*}. The names are {@code second}, {@code minute},
 * {@code hour}, {@code dayOfMonth}, {@code month}, {@code dayOfWeek} and {@code year}; each value is in the EJB
 * calendar syntax ({@code *}, a number, a list {@code 1,15}, a range {@code 1-5}, an increment {@code *&#47;10}).
 * An attribute left out takes the EJB default ({@code *} for days, months and years, 0 for minute and hour), and
 * so does {@code second}: 0. The time zone is the server's. A bad value is an {@link IllegalArgumentException}
 * whose message names the setting.
 */
public final class CalendarSchedules {

    private static final Set<String> ATTRIBUTES =
            Set.of("second", "minute", "hour", "dayOfMonth", "month", "dayOfWeek", "year");
    /**
     * The characters of an attribute in the EJB calendar syntax: digits, names (Mon, Jan, Last) and {@code * / , -}
     * (a value with a space, such as {@code 1st Mon}, cannot be written, as spaces separate the attributes).
     */
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9*/,\\-]+");
    /** An item of a second, minute or hour: a star, a number, a range {@code a-b}, or an increment {@code x/n}. */
    private static final Pattern TIME_ITEM =
            Pattern.compile("(?:\\*|([0-9]{1,2})(?:-([0-9]{1,2}))?)|(?:\\*|([0-9]{1,2}))/([0-9]{1,2})");

    private CalendarSchedules() {}

    /** The schedule {@code value} of the setting {@code setting}, such as {@code bitpoll.cleanup-schedule}. */
    public static ScheduleExpression parse(String setting, String value) {
        Objects.requireNonNull(setting);
        if (value == null || value.isBlank()) {
            throw bad(setting, value, "it is empty");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String part : value.strip().split("\\s+")) {
            int equals = part.indexOf('=');
            if (equals <= 0 || equals == part.length() - 1) {
                throw bad(setting, value, "'" + part + "' is not name=value");
            }
            String name = part.substring(0, equals);
            String attribute = part.substring(equals + 1);
            if (!ATTRIBUTES.contains(name)) {
                throw bad(
                        setting,
                        value,
                        "'" + name + "' is none of "
                                + String.join(", ", ATTRIBUTES.stream().sorted().toList()));
            }
            if (attributes.put(name, attribute) != null) {
                throw bad(setting, value, "'" + name + "' is given twice");
            }
            if (!VALUE.matcher(attribute).matches()) {
                throw bad(setting, value, "'" + attribute + "' is not a calendar value");
            }
        }
        ScheduleExpression schedule = new ScheduleExpression()
                .second(attributes.getOrDefault("second", "0"))
                .minute(attributes.getOrDefault("minute", "0"))
                .hour(attributes.getOrDefault("hour", "0"))
                .dayOfMonth(attributes.getOrDefault("dayOfMonth", "*"))
                .month(attributes.getOrDefault("month", "*"))
                .dayOfWeek(attributes.getOrDefault("dayOfWeek", "*"))
                .year(attributes.getOrDefault("year", "*"));
        checkNumbers(setting, value, schedule);
        return schedule;
    }

    /** Whether two schedules fire at the same times: the same attributes, time zone and bounds. */
    public static boolean same(ScheduleExpression a, ScheduleExpression b) {
        return describe(a).equals(describe(b));
    }

    /** The schedule in the setting's own syntax, every attribute spelt out (for logs and comparisons). */
    public static String describe(ScheduleExpression schedule) {
        return "second=" + schedule.getSecond() + " minute=" + schedule.getMinute() + " hour=" + schedule.getHour()
                + " dayOfMonth=" + schedule.getDayOfMonth() + " month=" + schedule.getMonth() + " dayOfWeek="
                + schedule.getDayOfWeek() + " year=" + schedule.getYear()
                + (schedule.getTimezone() == null ? "" : " timezone=" + schedule.getTimezone())
                + (schedule.getStart() == null
                        ? ""
                        : " start=" + schedule.getStart().toInstant())
                + (schedule.getEnd() == null ? "" : " end=" + schedule.getEnd().toInstant());
    }

    /**
     * Seconds, minutes and hours are checked here (a number out of range would only fail when the server creates
     * the timer): each comma-separated item is {@code *}, a number, a range {@code a-b} or an increment
     * {@code x/n}. Days, months and years, with their names and special values, are left to the server.
     */
    private static void checkNumbers(String setting, String value, ScheduleExpression schedule) {
        checkRange(setting, value, "second", schedule.getSecond(), 59);
        checkRange(setting, value, "minute", schedule.getMinute(), 59);
        checkRange(setting, value, "hour", schedule.getHour(), 23);
    }

    private static void checkRange(String setting, String value, String name, String attribute, int max) {
        for (String item : attribute.split(",", -1)) {
            Matcher matcher = TIME_ITEM.matcher(item);
            if (!matcher.matches()) {
                throw bad(setting, value, name + "=" + attribute + " is not a calendar value");
            }
            for (int group = 1; group <= 3; group++) {
                String number = matcher.group(group);
                if (number != null && Integer.parseInt(number) > max) {
                    throw bad(setting, value, name + "=" + attribute + " is outside 0-" + max);
                }
            }
            String increment = matcher.group(4);
            if (increment != null && Integer.parseInt(increment) == 0) {
                throw bad(setting, value, name + "=" + attribute + " has an increment of 0");
            }
        }
    }

    private static IllegalArgumentException bad(String setting, String value, String reason) {
        return new IllegalArgumentException(
                setting + "=\"" + value + "\" is not a schedule such as \"hour=3 minute=15\": " + reason);
    }
}
