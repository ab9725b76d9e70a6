package org.bitpoll.poll.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TimesOfDayTest {

    @Test
    void singleDigitHourIsAccepted() {
        assertThat(TimesOfDay.parse("9:00")).contains(LocalTime.of(9, 0));
    }

    @Test
    void twoDigitHourIsAccepted() {
        assertThat(TimesOfDay.parse("09:30")).contains(LocalTime.of(9, 30));
        assertThat(TimesOfDay.parse("00:00")).contains(LocalTime.MIDNIGHT);
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertThat(TimesOfDay.parse(" 23:59 ")).contains(LocalTime.of(23, 59));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "25:00",
                "24:00",
                "12:60",
                "9:5",
                "12.30",
                "abc",
                "12:3a",
                "123:00",
                "12:000",
                "1 2:00",
                "-1:00",
                "12:30:00",
                "  "
            })
    void notATimeOfDay(String text) {
        assertThat(TimesOfDay.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nullAndEmptyAreNotTimes(String text) {
        assertThat(TimesOfDay.parse(text)).isEmpty();
    }
}
