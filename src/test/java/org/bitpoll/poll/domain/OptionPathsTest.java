package org.bitpoll.poll.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionPathsTest {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    @Test
    void datePollShowsTheChosenDayInUtcWhateverTheDisplayZone() {
        Poll poll = PollTest.poll(PollType.DATE);
        poll.chooseDates(List.of(LocalDate.of(2030, 7, 3)));

        assertThat(OptionPaths.of(poll, AUCKLAND, DAY)).containsExactly(List.of("2030-07-03"));
        assertThat(OptionPaths.of(poll, ZoneId.of("America/Los_Angeles"), DAY)).containsExactly(List.of("2030-07-03"));
    }

    @Test
    void dateTimePollShowsDayAndTimeInTheDisplayZone() {
        Poll poll = PollTest.poll(PollType.DATETIME); // Europe/Berlin
        poll.chooseDateTimes(List.of(LocalDateTime.of(2030, 7, 3, 9, 0), LocalDateTime.of(2030, 7, 3, 14, 30)));

        // Berlin is UTC+2 in July, Auckland UTC+12: 07:00Z is 19:00, 12:30Z is 00:30 the next day
        assertThat(OptionPaths.of(poll, AUCKLAND, DAY))
                .containsExactly(List.of("2030-07-03", "19:00"), List.of("2030-07-04", "00:30"));
        assertThat(OptionPaths.of(poll, poll.zone(), DAY))
                .containsExactly(List.of("2030-07-03", "09:00"), List.of("2030-07-03", "14:30"));
    }

    @Test
    void universalPollShowsTheTextsGroups() {
        Poll poll = PollTest.poll(PollType.UNIVERSAL);
        poll.editUniversalChoices(List.of(
                new ChoiceDraft(null, "Lunch/Mon", false),
                new ChoiceDraft(null, "A\\/B", false),
                new ChoiceDraft(null, "gone", true)));

        assertThat(OptionPaths.of(poll, AUCKLAND, DAY)).containsExactly(List.of("Lunch", "Mon"), List.of("A/B"));
    }

    @Test
    void deletedOptionsHaveNoPath() {
        Poll poll = PollTest.poll(PollType.DATE);
        poll.chooseDates(List.of(LocalDate.of(2030, 7, 3), LocalDate.of(2030, 7, 4)));
        poll.chooseDates(List.of(LocalDate.of(2030, 7, 4)));

        assertThat(OptionPaths.of(poll, AUCKLAND, DAY)).containsExactly(List.of("2030-07-04"));
    }
}
