package org.bitpoll.poll.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bitpoll.poll.domain.Retention.Decision.DELETE;
import static org.bitpoll.poll.domain.Retention.Decision.KEEP;
import static org.bitpoll.poll.domain.Retention.Decision.WARN;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The retention rule on a fixed clock: which date counts as a poll's last, when it is warned and deleted, and the
 * edge cases (no dates, a due date after the options, a warning sent or failed, dates moved after the warning,
 * retention off).
 */
class RetentionTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-07-01T03:15:00Z"), ZoneOffset.UTC);
    private static final Instant NOW = CLOCK.instant();
    private static final Retention RULE = new Retention(180, 14);

    private static Instant daysAgo(long days) {
        return NOW.minus(Duration.ofDays(days));
    }

    /** A poll created 400 days ago whose last date (option) lies {@code days} ago, never warned. */
    private static RetentionDates lastDateDaysAgo(long days) {
        return new RetentionDates(daysAgo(400), null, daysAgo(days), null, null);
    }

    private static RetentionDates warnedAt(RetentionDates dates, Instant at) {
        return new RetentionDates(dates.created(), dates.dueDate(), dates.lastOption(), dates.lastVote(), at);
    }

    @Test
    void theLastDateIsTheLaterOfTheLastOptionAndTheDueDate() {
        assertThat(new RetentionDates(daysAgo(400), daysAgo(10), daysAgo(20), daysAgo(1), null).lastDate())
                .isEqualTo(daysAgo(10));
        assertThat(new RetentionDates(daysAgo(400), daysAgo(30), daysAgo(20), null, null).lastDate())
                .isEqualTo(daysAgo(20));
        assertThat(new RetentionDates(daysAgo(400), null, daysAgo(20), daysAgo(1), null).lastDate())
                .as("a poll without due date uses its last option; votes do not count then")
                .isEqualTo(daysAgo(20));
        assertThat(new RetentionDates(daysAgo(400), daysAgo(50), null, daysAgo(1), null).lastDate())
                .as("a free-text poll with a due date")
                .isEqualTo(daysAgo(50));
    }

    @Test
    void aPollWithoutAnyDateIsDatedByItsLastActivity() {
        assertThat(new RetentionDates(daysAgo(400), null, null, null, null).lastDate())
                .isEqualTo(daysAgo(400));
        assertThat(new RetentionDates(daysAgo(400), null, null, daysAgo(3), null).lastDate())
                .isEqualTo(daysAgo(3));
    }

    @Test
    void aRecentPollIsKept() {
        assertThat(RULE.decide(lastDateDaysAgo(10), true, NOW)).isEqualTo(KEEP);
        assertThat(RULE.decide(lastDateDaysAgo(10), false, NOW)).isEqualTo(KEEP);
        assertThat(RULE.decide(lastDateDaysAgo(-30), true, NOW))
                .as("a date in the future")
                .isEqualTo(KEEP);
    }

    @Test
    void theOwnerIsWarnedFromTheWarningDayOn() {
        assertThat(RULE.decide(lastDateDaysAgo(165), true, NOW)).isEqualTo(KEEP);
        assertThat(RULE.decide(lastDateDaysAgo(166), true, NOW)).isEqualTo(WARN);
        assertThat(RULE.decide(lastDateDaysAgo(170), true, NOW)).isEqualTo(WARN);
        assertThat(RULE.decide(lastDateDaysAgo(900), true, NOW))
                .as("long overdue, never warned")
                .isEqualTo(WARN);
    }

    @Test
    void aDueDateLaterThanTheOptionsPutsTheWarningOff() {
        RetentionDates dates = new RetentionDates(daysAgo(400), daysAgo(100), daysAgo(300), null, null);

        assertThat(RULE.decide(dates, true, NOW)).isEqualTo(KEEP);
        assertThat(RULE.deletionDate(dates, true, NOW)).isEqualTo(daysAgo(100).plus(Duration.ofDays(180)));
    }

    @Test
    void aWarnedPollIsDeletedOnItsDeletionDayAndNotWarnedAgain() {
        RetentionDates warned = warnedAt(lastDateDaysAgo(175), daysAgo(9));

        assertThat(RULE.decide(warned, true, NOW)).isEqualTo(KEEP);
        assertThat(RULE.deletionDate(warned, true, NOW)).isEqualTo(daysAgo(175).plus(Duration.ofDays(180)));
        RetentionDates due = warnedAt(lastDateDaysAgo(180), daysAgo(14));
        assertThat(RULE.decide(due, true, NOW)).isEqualTo(DELETE);
    }

    @Test
    void aWarningSentLateGivesTheOwnerTheWholeWarningPeriod() {
        RetentionDates lateWarning = warnedAt(lastDateDaysAgo(200), daysAgo(10));

        assertThat(RULE.decide(lateWarning, true, NOW)).isEqualTo(KEEP);
        assertThat(RULE.deletionDate(lateWarning, true, NOW))
                .isEqualTo(daysAgo(10).plus(Duration.ofDays(14)));
        assertThat(RULE.decide(warnedAt(lastDateDaysAgo(200), daysAgo(14)), true, NOW))
                .isEqualTo(DELETE);
    }

    @Test
    void aWarningThatCouldNotBeSentKeepsThePollAndIsTriedAgain() {
        RetentionDates neverWarned = lastDateDaysAgo(250);

        assertThat(RULE.decide(neverWarned, true, NOW)).isEqualTo(WARN);
        assertThat(RULE.deletionDate(neverWarned, true, NOW))
                .as("the earliest day if the warning goes out now")
                .isEqualTo(NOW.plus(Duration.ofDays(14)));
    }

    @Test
    void aPollGivenALaterDateAfterItsWarningIsWarnedAfresh() {
        Instant warning = daysAgo(100);
        RetentionDates moved = new RetentionDates(daysAgo(400), null, daysAgo(170), null, warning);

        assertThat(RULE.warned(moved)).isFalse();
        assertThat(RULE.decide(moved, true, NOW)).isEqualTo(WARN);
        RetentionDates notYet = new RetentionDates(daysAgo(400), null, daysAgo(20), null, warning);
        assertThat(RULE.decide(notYet, true, NOW)).isEqualTo(KEEP);
    }

    @Test
    void aPollNobodyCanBeMailedAboutIsDeletedOnItsDeletionDayWithoutWarning() {
        assertThat(RULE.decide(lastDateDaysAgo(179), false, NOW)).isEqualTo(KEEP);
        assertThat(RULE.decide(lastDateDaysAgo(180), false, NOW)).isEqualTo(DELETE);
        assertThat(RULE.deletionDate(lastDateDaysAgo(179), false, NOW))
                .isEqualTo(daysAgo(179).plus(Duration.ofDays(180)));
    }

    @Test
    void retentionZeroKeepsEveryPoll() {
        Retention off = new Retention(0, 14);

        assertThat(off.off()).isTrue();
        for (RetentionDates dates : List.of(lastDateDaysAgo(5000), warnedAt(lastDateDaysAgo(5000), daysAgo(4000)))) {
            assertThat(off.decide(dates, true, NOW)).isEqualTo(KEEP);
            assertThat(off.decide(dates, false, NOW)).isEqualTo(KEEP);
            assertThat(off.deletionDate(dates, true, NOW)).isNull();
        }
    }

    @Test
    void noWarningPeriodWarnsOnTheDeletionDayAndDeletesAtTheNextRun() {
        Retention noWarning = new Retention(180, 0);

        assertThat(noWarning.decide(lastDateDaysAgo(180), true, NOW)).isEqualTo(WARN);
        assertThat(noWarning.decide(warnedAt(lastDateDaysAgo(180), NOW), true, NOW.plusSeconds(5)))
                .isEqualTo(DELETE);
    }

    @Test
    void negativeDaysAreRefused() {
        assertThatThrownBy(() -> new Retention(-1, 14)).hasMessageContaining("-1");
        assertThatThrownBy(() -> new Retention(180, -1)).hasMessageContaining("-1");
    }

    @Test
    void aPollReadsItsLastOptionFromItsActiveOptions() {
        Poll poll = ManagementFixtures.poll(PollType.DATE);
        poll.chooseDates(List.of(LocalDate.of(2030, 1, 2), LocalDate.of(2030, 1, 9)));

        RetentionDates dates = poll.retentionDates(null);

        assertThat(dates.lastOption()).isEqualTo(Instant.parse("2030-01-09T00:00:00Z"));
        assertThat(dates.warnedAt()).isNull();
        poll.chooseDates(List.of(LocalDate.of(2030, 1, 2)));
        assertThat(poll.retentionDates(null).lastOption())
                .as("a deleted option no longer counts")
                .isEqualTo(Instant.parse("2030-01-02T00:00:00Z"));
    }
}
