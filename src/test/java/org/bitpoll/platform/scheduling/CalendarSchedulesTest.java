package org.bitpoll.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The operator's schedule setting read into an EJB calendar expression, and the bad values it refuses. */
class CalendarSchedulesTest {

    private static final String SETTING = "bitpoll.cleanup-schedule";

    @Test
    void theDefaultRunsAtAQuarterPastThreeEveryDay() {
        ScheduleExpression schedule = CalendarSchedules.parse(SETTING, "hour=3 minute=15");

        assertThat(CalendarSchedules.describe(schedule))
                .isEqualTo("second=0 minute=15 hour=3 dayOfMonth=* month=* dayOfWeek=* year=*");
    }

    @Test
    void attributesLeftOutTakeTheEjbDefaultsButSecondIsZero() {
        ScheduleExpression schedule = CalendarSchedules.parse(SETTING, "dayOfWeek=Mon");

        assertThat(schedule.getSecond()).isEqualTo("0");
        assertThat(schedule.getMinute()).isEqualTo("0");
        assertThat(schedule.getHour()).isEqualTo("0");
        assertThat(schedule.getDayOfMonth()).isEqualTo("*");
        assertThat(schedule.getMonth()).isEqualTo("*");
        assertThat(schedule.getDayOfWeek()).isEqualTo("Mon");
        assertThat(schedule.getYear()).isEqualTo("*");
    }

    @Test
    void everyAttributeWithListsRangesAndIncrementsAndExtraSpaces() {
        ScheduleExpression schedule = CalendarSchedules.parse(
                SETTING, "  second=*/5   minute=0,30 hour=8-18 dayOfMonth=Last month=Jan,Jul dayOfWeek=1-5 year=2030 ");

        assertThat(CalendarSchedules.describe(schedule))
                .isEqualTo("second=*/5 minute=0,30 hour=8-18 dayOfMonth=Last month=Jan,Jul dayOfWeek=1-5 year=2030");
    }

    @Test
    void twoParsesOfOneSettingAreTheSameScheduleAndAnotherIsNot() {
        assertThat(CalendarSchedules.same(
                        CalendarSchedules.parse(SETTING, "minute=15 hour=3"),
                        CalendarSchedules.parse(SETTING, "hour=3 minute=15 second=0")))
                .isTrue();
        assertThat(CalendarSchedules.same(
                        CalendarSchedules.parse(SETTING, "hour=3 minute=15"),
                        CalendarSchedules.parse(SETTING, "hour=4 minute=15")))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "3:15",
                "hour",
                "hour=",
                "=3",
                "hours=3",
                "hour=3 hour=4",
                "hour=24",
                "minute=60",
                "second=*/0",
                "minute=1--2",
                "hour=three",
                "minute=5;rm",
                "dayOfWeek=Mon<"
            })
    void aBadScheduleNamesTheSettingAndTheReason(String value) {
        assertThatThrownBy(() -> CalendarSchedules.parse(SETTING, value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        SETTING + "=\"" + value + "\" is not a schedule such as \"hour=3 minute=15\": ");
    }

    @Test
    void aMissingSettingIsRefusedToo() {
        assertThatThrownBy(() -> CalendarSchedules.parse(SETTING, null))
                .hasMessageContaining(SETTING)
                .hasMessageEndingWith("it is empty");
    }
}
