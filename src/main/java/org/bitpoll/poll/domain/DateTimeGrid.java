package org.bitpoll.poll.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The days × times grid of the date-time wizard. Restored from a poll's options, it holds their distinct days and
 * times in the poll's zone, sorted, and checks exactly the existing combinations. When the days or times change,
 * combinations of the previous grid keep their state and new ones start checked (all of them for a poll without
 * options).
 */
public final class DateTimeGrid implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final List<LocalDate> days;
    private final List<LocalTime> times;
    private final Set<LocalDateTime> checked;

    private DateTimeGrid(Collection<LocalDate> days, Collection<LocalTime> times, Set<LocalDateTime> checked) {
        this.days = List.copyOf(new TreeSet<>(days));
        this.times = List.copyOf(new TreeSet<>(times));
        this.checked = new HashSet<>(checked);
        this.checked.retainAll(allCombinations());
    }

    /** The grid of existing options (instants) shown as wall-clock times in {@code zone}. */
    public static DateTimeGrid restore(Collection<Instant> options, ZoneId zone) {
        Set<LocalDate> days = new TreeSet<>();
        Set<LocalTime> times = new TreeSet<>();
        Set<LocalDateTime> checked = new HashSet<>();
        for (Instant option : options) {
            LocalDateTime wallClock = LocalDateTime.ofInstant(option, zone);
            days.add(wallClock.toLocalDate());
            times.add(wallClock.toLocalTime());
            checked.add(wallClock);
        }
        return new DateTimeGrid(days, times, checked);
    }

    /** The grid for other days and times; see the class comment for which combinations are checked. */
    public DateTimeGrid withDaysAndTimes(Collection<LocalDate> newDays, Collection<LocalTime> newTimes) {
        Set<LocalDateTime> newChecked = new HashSet<>();
        for (LocalDate day : newDays) {
            for (LocalTime time : newTimes) {
                LocalDateTime combination = day.atTime(time);
                boolean known = days.contains(day) && this.times.contains(time);
                if (!known || checked.contains(combination)) {
                    newChecked.add(combination);
                }
            }
        }
        return new DateTimeGrid(newDays, newTimes, newChecked);
    }

    public List<LocalDate> days() {
        return days;
    }

    public List<LocalTime> times() {
        return times;
    }

    public boolean isChecked(LocalDateTime combination) {
        return checked.contains(combination);
    }

    /** Checks or unchecks one combination of the grid. */
    public void set(LocalDateTime combination, boolean on) {
        if (!allCombinations().contains(combination)) {
            throw new IllegalArgumentException("not in the grid: " + combination);
        }
        if (on) {
            checked.add(combination);
        } else {
            checked.remove(combination);
        }
    }

    /** The checked combinations, sorted. */
    public List<LocalDateTime> checkedCombinations() {
        return List.copyOf(new TreeSet<>(checked));
    }

    private Set<LocalDateTime> allCombinations() {
        Set<LocalDateTime> all = new HashSet<>();
        for (LocalDate day : days) {
            for (LocalTime time : times) {
                all.add(day.atTime(time));
            }
        }
        return all;
    }

    /** The number of combinations the grid has. */
    public int size() {
        return days.size() * times.size();
    }

    /** Every combination of the given days and times, for toggling a whole row, column or grid. */
    public static List<LocalDateTime> combinations(Collection<LocalDate> days, Collection<LocalTime> times) {
        List<LocalDateTime> all = new ArrayList<>();
        for (LocalDate day : days) {
            for (LocalTime time : times) {
                all.add(day.atTime(time));
            }
        }
        return all;
    }
}
