package org.bitpoll.poll.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.faces.PollPage;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.platform.web.Urls;
import org.bitpoll.poll.domain.Choice;
import org.bitpoll.poll.domain.DateTimeGrid;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.poll.domain.PollRule;
import org.bitpoll.poll.domain.PollType;
import org.bitpoll.poll.domain.TimesOfDay;

/**
 * The date-time wizard: step 1 picks days, step 2 time slots, step 3 the day × time combinations that become
 * the options, as wall-clock times in the poll's zone. Opened again, it restores the poll's days, times and
 * combinations. Saving with no combination ticked would delete every option: the page then asks first, and
 * {@link #deleteAll()} does it.
 */
@Named
@ViewScoped
public class EditDateTimeChoices extends ManagementPage {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    /** A row of the combination grid: a day and its cells. */
    public record GridRow(LocalDate day, String label, List<GridCell> cells) implements Serializable {}

    /** A cell of the combination grid, checked or not. */
    public static final class GridCell implements Serializable {

        private static final long serialVersionUID = 1L;

        private final LocalDateTime combination;
        private final DateTimeGrid grid;

        GridCell(LocalDateTime combination, DateTimeGrid grid) {
            this.combination = combination;
            this.grid = grid;
        }

        public boolean isChecked() {
            return grid.isChecked(combination);
        }

        public void setChecked(boolean checked) {
            grid.set(combination, checked);
        }

        public String getLabel() {
            return HOURS_MINUTES.format(combination);
        }
    }

    @Inject
    private Clock clock;

    private String timeZone;
    private int step = 1;
    private List<LocalDate> dates = new ArrayList<>();
    private final TreeSet<LocalTime> times = new TreeSet<>();
    private String newTime;
    private DateTimeGrid grid;
    private List<GridRow> rows = List.of();
    private boolean hasOptions;
    private boolean confirmingDeleteAll;

    public void load() {
        loadPollForEditor(PollType.DATETIME).ifPresent(this::restore);
    }

    private void restore(Poll poll) {
        timeZone = poll.zone().getId();
        hasOptions = !poll.activeChoices().isEmpty();
        grid = DateTimeGrid.restore(
                poll.activeChoices().stream().map(Choice::getDate).toList(), poll.zone());
        setDates(grid.days());
        times.clear();
        times.addAll(grid.times());
    }

    /** Step 1 → 2: at least one day. */
    public void toTimes() {
        if (dates == null || dates.isEmpty()) {
            throw new RuleViolation(PollRule.NO_DATES_CHOSEN);
        }
        step = 2;
    }

    public void removeDay(LocalDate day) {
        dates.remove(day);
    }

    public void addTime() {
        if (newTime == null || newTime.isBlank()) {
            return;
        }
        times.add(TimesOfDay.parse(newTime).orElseThrow(() -> new RuleViolation(PollRule.TIME_INVALID, newTime)));
        newTime = null;
    }

    public void removeTime(LocalTime time) {
        times.remove(time);
    }

    /** Step 2 → 3: a time still in the field counts; at least one time. */
    public void toCombinations() {
        addTime();
        if (times.isEmpty()) {
            throw new RuleViolation(PollRule.NO_TIMES_CHOSEN);
        }
        grid = grid.withDaysAndTimes(dates, times);
        FacesContext context = FacesContext.getCurrentInstance();
        DateTimeFormatter dayFormat = PollPage.dayFormat(context);
        List<GridRow> newRows = new ArrayList<>();
        for (LocalDate day : grid.days()) {
            List<GridCell> cells = new ArrayList<>();
            for (LocalTime time : grid.times()) {
                cells.add(new GridCell(day.atTime(time), grid));
            }
            newRows.add(new GridRow(day, dayFormat.format(day), cells));
        }
        rows = newRows;
        step = 3;
    }

    public void back() {
        step = Math.max(1, step - 1);
    }

    public void toggleDay(LocalDate day) {
        toggle(DateTimeGrid.combinations(List.of(day), grid.times()));
    }

    public void toggleTime(LocalTime time) {
        toggle(DateTimeGrid.combinations(grid.days(), List.of(time)));
    }

    public void toggleAll() {
        toggle(DateTimeGrid.combinations(grid.days(), grid.times()));
    }

    /** Checks all of these combinations, or unchecks them when all are checked already. */
    private void toggle(List<LocalDateTime> combinations) {
        boolean allChecked = combinations.stream().allMatch(grid::isChecked);
        combinations.forEach(combination -> grid.set(combination, !allChecked));
    }

    /** Stores the ticked combinations; with none ticked while the poll has options, asks first. */
    public void save() {
        List<LocalDateTime> chosen = grid.checkedCombinations();
        confirmingDeleteAll = chosen.isEmpty() && hasOptions;
        if (!confirmingDeleteAll) {
            store(chosen);
        }
    }

    /** The answer to the question of {@link #save()}: yes, delete every option. */
    public void deleteAll() {
        store(List.of());
    }

    private void store(List<LocalDateTime> combinations) {
        polls.chooseDateTimes(slug, visitor(), combinations);
        FacesContext context = FacesContext.getCurrentInstance();
        Texts.flash(context, FacesMessage.SEVERITY_INFO, "message.choices.saved");
        Redirects.to(context, Urls.view(slug));
    }

    public String getTimeZone() {
        return timeZone;
    }

    public int getStep() {
        return step;
    }

    public List<LocalDate> getDates() {
        return dates;
    }

    /** The days picked on the calendar, in calendar order. */
    public void setDates(List<LocalDate> dates) {
        this.dates = dates == null ? new ArrayList<>() : new ArrayList<>(new TreeSet<>(dates));
    }

    /** Whether the page asks before deleting every option. */
    public boolean isConfirmingDeleteAll() {
        return confirmingDeleteAll;
    }

    public List<LocalTime> getTimes() {
        return List.copyOf(times);
    }

    public String getNewTime() {
        return newTime;
    }

    public void setNewTime(String newTime) {
        this.newTime = newTime;
    }

    public List<GridRow> getRows() {
        return rows;
    }

    public List<LocalTime> getGridTimes() {
        return grid.times();
    }

    /** The first day a new option may be: today in the poll's zone. */
    public LocalDate getToday() {
        return LocalDate.now(clock.withZone(ZoneId.of(timeZone)));
    }
}
