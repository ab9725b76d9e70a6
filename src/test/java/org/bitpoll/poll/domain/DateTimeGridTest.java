package org.bitpoll.poll.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateTimeGridTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate JUL_1 = LocalDate.of(2030, 7, 1);
    private static final LocalDate JUL_2 = LocalDate.of(2030, 7, 2);
    private static final LocalDate JUL_3 = LocalDate.of(2030, 7, 3);
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime ONE_PM = LocalTime.of(13, 0);
    private static final LocalTime SIX_PM = LocalTime.of(18, 0);

    /** Berlin is UTC+2 in July. */
    private static Instant berlin(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(BERLIN).toInstant();
    }

    private static DateTimeGrid restored() {
        // unsorted, with a repeated day and time; 2030-07-01 13:00 and 2030-07-02 09:00 do not exist
        return DateTimeGrid.restore(List.of(berlin(JUL_2, ONE_PM), berlin(JUL_1, NINE), berlin(JUL_2, ONE_PM)), BERLIN);
    }

    @Test
    void restoreGivesDistinctSortedDaysAndTimesInTheZone() {
        DateTimeGrid grid = restored();

        assertThat(grid.days()).containsExactly(JUL_1, JUL_2);
        assertThat(grid.times()).containsExactly(NINE, ONE_PM);
        assertThat(grid.size()).isEqualTo(4);
    }

    @Test
    void restoreUsesTheWallClockOfTheZoneNotUtc() {
        Instant utcMorning = Instant.parse("2030-07-01T07:00:00Z");

        DateTimeGrid grid = DateTimeGrid.restore(List.of(utcMorning), BERLIN);

        assertThat(grid.days()).containsExactly(JUL_1);
        assertThat(grid.times()).containsExactly(NINE);
    }

    @Test
    void restoreGroupsAnInstantUnderItsLocalDay() {
        // 23:30 UTC on 1 July is 01:30 on 2 July in Berlin
        DateTimeGrid grid = DateTimeGrid.restore(List.of(Instant.parse("2030-07-01T23:30:00Z")), BERLIN);

        assertThat(grid.days()).containsExactly(JUL_2);
        assertThat(grid.times()).containsExactly(LocalTime.of(1, 30));
    }

    @Test
    void restoreChecksExactlyTheExistingPairs() {
        DateTimeGrid grid = restored();

        assertThat(grid.isChecked(JUL_1.atTime(NINE))).isTrue();
        assertThat(grid.isChecked(JUL_2.atTime(ONE_PM))).isTrue();
        assertThat(grid.isChecked(JUL_1.atTime(ONE_PM))).isFalse();
        assertThat(grid.isChecked(JUL_2.atTime(NINE))).isFalse();
        assertThat(grid.checkedCombinations()).containsExactly(JUL_1.atTime(NINE), JUL_2.atTime(ONE_PM));
    }

    @Test
    void restoreOfNothingIsAnEmptyGrid() {
        DateTimeGrid grid = DateTimeGrid.restore(List.of(), BERLIN);

        assertThat(grid.days()).isEmpty();
        assertThat(grid.times()).isEmpty();
        assertThat(grid.size()).isZero();
        assertThat(grid.checkedCombinations()).isEmpty();
    }

    @Test
    void withDaysAndTimesOnAnEmptyGridChecksAllCombinations() {
        DateTimeGrid grid =
                DateTimeGrid.restore(List.of(), BERLIN).withDaysAndTimes(List.of(JUL_2, JUL_1), List.of(ONE_PM, NINE));

        assertThat(grid.days()).containsExactly(JUL_1, JUL_2);
        assertThat(grid.times()).containsExactly(NINE, ONE_PM);
        assertThat(grid.checkedCombinations())
                .containsExactly(JUL_1.atTime(NINE), JUL_1.atTime(ONE_PM), JUL_2.atTime(NINE), JUL_2.atTime(ONE_PM));
    }

    @Test
    void withDaysAndTimesKeepsTheStateOfOldCombinationsAndChecksNewOnes() {
        DateTimeGrid grid = restored().withDaysAndTimes(List.of(JUL_1, JUL_2, JUL_3), List.of(NINE, ONE_PM, SIX_PM));

        // old, checked
        assertThat(grid.isChecked(JUL_1.atTime(NINE))).isTrue();
        assertThat(grid.isChecked(JUL_2.atTime(ONE_PM))).isTrue();
        // old, unchecked: stay unchecked
        assertThat(grid.isChecked(JUL_1.atTime(ONE_PM))).isFalse();
        assertThat(grid.isChecked(JUL_2.atTime(NINE))).isFalse();
        // new time on old days, and every time on the new day
        assertThat(grid.isChecked(JUL_1.atTime(SIX_PM))).isTrue();
        assertThat(grid.isChecked(JUL_2.atTime(SIX_PM))).isTrue();
        assertThat(grid.isChecked(JUL_3.atTime(NINE))).isTrue();
        assertThat(grid.isChecked(JUL_3.atTime(ONE_PM))).isTrue();
        assertThat(grid.isChecked(JUL_3.atTime(SIX_PM))).isTrue();
        assertThat(grid.checkedCombinations()).hasSize(7);
    }

    @Test
    void withDaysAndTimesDropsCombinationsOfRemovedDaysAndTimes() {
        DateTimeGrid grid = restored().withDaysAndTimes(List.of(JUL_2), List.of(ONE_PM));

        assertThat(grid.days()).containsExactly(JUL_2);
        assertThat(grid.times()).containsExactly(ONE_PM);
        assertThat(grid.checkedCombinations()).containsExactly(JUL_2.atTime(ONE_PM));
    }

    @Test
    void withDaysAndTimesDoesNotChangeTheOriginalGrid() {
        DateTimeGrid original = restored();

        original.withDaysAndTimes(List.of(JUL_3), List.of(SIX_PM));

        assertThat(original.days()).containsExactly(JUL_1, JUL_2);
        assertThat(original.checkedCombinations()).containsExactly(JUL_1.atTime(NINE), JUL_2.atTime(ONE_PM));
    }

    @Test
    void setChecksAndUnchecksACombination() {
        DateTimeGrid grid = restored();

        grid.set(JUL_1.atTime(ONE_PM), true);
        grid.set(JUL_1.atTime(NINE), false);

        assertThat(grid.isChecked(JUL_1.atTime(ONE_PM))).isTrue();
        assertThat(grid.isChecked(JUL_1.atTime(NINE))).isFalse();
        assertThat(grid.checkedCombinations()).containsExactly(JUL_1.atTime(ONE_PM), JUL_2.atTime(ONE_PM));
    }

    @Test
    void setOutsideTheGridIsRefused() {
        DateTimeGrid grid = restored();

        assertThatThrownBy(() -> grid.set(JUL_3.atTime(NINE), true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> grid.set(JUL_1.atTime(SIX_PM), false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(grid.checkedCombinations()).containsExactly(JUL_1.atTime(NINE), JUL_2.atTime(ONE_PM));
    }

    @Test
    void checkedCombinationsAreSorted() {
        DateTimeGrid grid = DateTimeGrid.restore(List.of(), BERLIN)
                .withDaysAndTimes(List.of(JUL_3, JUL_1, JUL_2), List.of(SIX_PM, NINE));

        List<LocalDateTime> checked = grid.checkedCombinations();

        assertThat(checked).hasSize(6).isSorted();
        assertThat(checked.get(0)).isEqualTo(JUL_1.atTime(NINE));
        assertThat(checked.get(5)).isEqualTo(JUL_3.atTime(SIX_PM));
    }

    @Test
    void combinationsListsEveryDayTimesEveryTime() {
        assertThat(DateTimeGrid.combinations(List.of(JUL_1, JUL_2), List.of(NINE, ONE_PM)))
                .containsExactly(JUL_1.atTime(NINE), JUL_1.atTime(ONE_PM), JUL_2.atTime(NINE), JUL_2.atTime(ONE_PM));
    }
}
