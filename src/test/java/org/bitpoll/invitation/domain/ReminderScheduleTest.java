package org.bitpoll.invitation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bitpoll.invitation.domain.ReminderSchedule.Candidate;
import org.junit.jupiter.api.Test;

/**
 * Who gets the automatic reminder now, at a fixed time: a pending, not yet reminded invitee who wants mails, on an
 * open poll whose due date is ahead and within its reminder's days (the poll's own, else the default).
 */
class ReminderScheduleTest {

    private static final Instant NOW = Instant.parse("2030-05-10T12:00:00Z");
    private static final ReminderSchedule ONE_DAY = new ReminderSchedule(Clock.fixed(NOW, ZoneOffset.UTC), 1);

    private static Candidate dueIn(Duration untilDue, Integer daysBefore) {
        return new Candidate(1L, NOW.plus(untilDue), false, daysBefore, false, null, true);
    }

    @Test
    void anInviteeIsRemindedWithinTheDefaultDaysBeforeTheDueDate() {
        assertThat(ONE_DAY.remindNow(dueIn(Duration.ofHours(23), null))).isTrue();
        assertThat(ONE_DAY.remindNow(dueIn(Duration.ofDays(1), null))).isTrue();
        assertThat(ONE_DAY.remindNow(dueIn(Duration.ofDays(1).plusMinutes(1), null)))
                .isFalse();
    }

    @Test
    void thePollsOwnDaysWinOverTheDefaultAndZeroMeansNone() {
        assertThat(ONE_DAY.remindNow(dueIn(Duration.ofDays(3), 5))).isTrue();
        assertThat(ONE_DAY.remindNow(dueIn(Duration.ofHours(2), 0))).isFalse();
        ReminderSchedule none = new ReminderSchedule(Clock.fixed(NOW, ZoneOffset.UTC), 0);
        assertThat(none.remindNow(dueIn(Duration.ofHours(2), null))).isFalse();
        assertThat(none.remindNow(dueIn(Duration.ofHours(2), 1))).isTrue();
    }

    @Test
    void neverAfterTheDueDateNorOnAClosedPollNorWithoutADueDate() {
        assertThat(ONE_DAY.remindNow(dueIn(Duration.ZERO, null))).isFalse();
        assertThat(ONE_DAY.remindNow(dueIn(Duration.ofHours(-1), null))).isFalse();
        assertThat(ONE_DAY.remindNow(new Candidate(1L, NOW.plusSeconds(60), true, null, false, null, true)))
                .isFalse();
        assertThat(ONE_DAY.remindNow(new Candidate(1L, null, false, 5, false, null, true)))
                .isFalse();
    }

    @Test
    void onlyOncePerInviteeOnlyBeforeTheyVoteAndOnlyIfTheyWantMails() {
        Instant due = NOW.plusSeconds(3600);
        assertThat(ONE_DAY.remindNow(new Candidate(1L, due, false, null, false, NOW.minusSeconds(60), true)))
                .isFalse();
        assertThat(ONE_DAY.remindNow(new Candidate(1L, due, false, null, true, null, true)))
                .isFalse();
        assertThat(ONE_DAY.remindNow(new Candidate(1L, due, false, null, false, null, false)))
                .isFalse();
    }

    @Test
    void negativeDefaultDaysAreABug() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        assertThatThrownBy(() -> new ReminderSchedule(clock, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
