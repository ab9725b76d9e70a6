package org.bitpoll.poll.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bitpoll.platform.error.RuleViolations.violating;
import static org.bitpoll.poll.domain.ManagementFixtures.BERLIN;
import static org.bitpoll.poll.domain.ManagementFixtures.poll;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The settings page's rules (F20) and the time-zone change of a date-time poll (F14). */
class PollSettingsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static PollSettings with(PollSettings s, ZoneId zone) {
        return new PollSettings(s.title(), s.dueDate(), s.showResults(), zone, s.description(), s.sorting(), s.flags());
    }

    private static List<LocalDateTime> wallClock(Poll poll, ZoneId zone) {
        return poll.getChoices().stream()
                .map(choice -> LocalDateTime.ofInstant(choice.getDate(), zone))
                .toList();
    }

    @Nested
    class Values {

        @Test
        void aNewPollsSettingsAreItsCreationChoicesAndTheDefaults() {
            PollSettings settings = poll(PollType.DATE).settings();

            assertThat(settings.title()).isEqualTo("Team meeting");
            assertThat(settings.description()).isEqualTo("The *agenda*");
            assertThat(settings.dueDate()).isNull();
            assertThat(settings.timeZone()).isEqualTo(BERLIN);
            assertThat(settings.showResults()).isEqualTo(ResultVisibility.COMPLETE);
            assertThat(settings.sorting()).isEqualTo(Sorting.DATE);
            assertThat(settings.flags())
                    .containsExactlyInAnyOrder(
                            PollFlag.ALLOW_COMMENTS,
                            PollFlag.ANONYMOUS_ALLOWED,
                            PollFlag.ONE_VOTE_PER_USER,
                            PollFlag.SHOW_INVITATIONS);
        }

        @Test
        void everySettingIsSavedAndReadBack() {
            Poll poll = poll(PollType.UNIVERSAL);
            PollSettings wanted = new PollSettings(
                    "  Renamed  ",
                    LocalDateTime.of(2030, 6, 1, 18, 30),
                    ResultVisibility.SUMMARY_AFTER_VOTE,
                    ZoneId.of("Europe/Rome"),
                    "New *text*",
                    Sorting.NAME,
                    EnumSet.complementOf(EnumSet.of(PollFlag.ALLOW_COMMENTS, PollFlag.ONE_VOTE_PER_USER)));

            poll.changeSettings(wanted);

            assertThat(poll.settings()).isEqualTo(wanted);
            assertThat(poll.getTitle()).isEqualTo("Renamed");
            assertThat(poll.getDueDate()).isEqualTo(Instant.parse("2030-06-01T16:30:00Z"));
            assertThat(poll.getSorting()).isEqualTo(Sorting.NAME);
            assertThat(poll.isAllowComments()).isFalse();
            assertThat(poll.isOneVotePerUser()).isFalse();
            assertThat(poll.isHideParticipants()).isTrue();
            assertThat(poll.isShowScoreInSummary()).isTrue();
            assertThat(poll.isUseUserTimeZone()).isTrue();
            assertThat(poll.isAllowUnauthenticatedVoteChanges()).isTrue();
            assertThat(poll.getShowResults()).isEqualTo(ResultVisibility.SUMMARY_AFTER_VOTE);
        }

        @Test
        void noFlagsTurnsEveryFlagOff() {
            Poll poll = poll(PollType.UNIVERSAL);
            PollSettings current = poll.settings();

            poll.changeSettings(new PollSettings(
                    current.title(), null, current.showResults(), BERLIN, null, Sorting.DATE, Set.of()));

            assertThat(poll.settings().flags()).isEmpty();
            assertThat(poll.getDescription()).isEmpty();
            assertThat(poll.isAnonymousAllowed()).isFalse();
            assertThat(poll.isShowInvitations()).isFalse();
        }

        @Test
        void titleMustHaveOneTo80Characters() {
            assertThatThrownBy(() -> new PollSettings(
                            "   ", null, ResultVisibility.COMPLETE, BERLIN, "", Sorting.DATE, Set.of()))
                    .is(violating(PollRule.TITLE_REQUIRED));
            assertThatThrownBy(() ->
                            new PollSettings(null, null, ResultVisibility.COMPLETE, BERLIN, "", Sorting.DATE, Set.of()))
                    .is(violating(PollRule.TITLE_REQUIRED));
            assertThatThrownBy(() -> new PollSettings(
                            "t".repeat(81), null, ResultVisibility.COMPLETE, BERLIN, "", Sorting.DATE, Set.of()))
                    .is(violating(PollRule.TITLE_TOO_LONG));
            assertThat(new PollSettings(
                                    "t".repeat(80), null, ResultVisibility.COMPLETE, BERLIN, "", Sorting.DATE, Set.of())
                            .title())
                    .hasSize(80);
        }

        @Test
        void descriptionHasAtMost20000Characters() {
            assertThatThrownBy(() -> new PollSettings(
                            "T", null, ResultVisibility.COMPLETE, BERLIN, "d".repeat(20001), Sorting.DATE, Set.of()))
                    .is(violating(PollRule.DESCRIPTION_TOO_LONG));
            assertThat(new PollSettings(
                                    "T",
                                    null,
                                    ResultVisibility.COMPLETE,
                                    BERLIN,
                                    "d".repeat(20000),
                                    Sorting.DATE,
                                    Set.of())
                            .description())
                    .hasSize(20000);
        }

        @Test
        void sortingCodesAreTheReferences() {
            assertThat(Sorting.DATE.code()).isZero();
            assertThat(Sorting.NAME.code()).isEqualTo(1);
            assertThat(Sorting.fromCode(1)).isEqualTo(Sorting.NAME);
            assertThat(Sorting.fromCode(0)).isEqualTo(Sorting.DATE);
            assertThat(Sorting.fromCode(7)).isEqualTo(Sorting.DATE);
        }
    }

    @Nested
    class Zones {

        @Test
        void theListHoldsEveryRegionSortedAndNoOffsets() {
            List<String> zones = TimeZones.available();

            assertThat(zones)
                    .contains("Europe/Berlin", "America/New_York", "UTC", "Asia/Kolkata")
                    .isSorted()
                    .doesNotHaveDuplicates()
                    .doesNotContain("+01:00");
        }

        @Test
        void aKnownZoneIsFound() {
            assertThat(TimeZones.of("Europe/Rome")).isEqualTo(ZoneId.of("Europe/Rome"));
        }

        @Test
        void unknownZonesAreRefusedWithTheirName() {
            for (String name : new String[] {"Mars/Olympus", "+01:00", "UTC+1", "", "europe/berlin"}) {
                assertThatThrownBy(() -> TimeZones.of(name)).as(name).is(violating(PollRule.TIME_ZONE_UNKNOWN));
            }
            assertThatThrownBy(() -> TimeZones.of(null)).is(violating(PollRule.TIME_ZONE_UNKNOWN));
        }
    }

    @Nested
    class TimeZoneChange {

        @Test
        void dateTimeOptionsKeepTheirWallClockTimeAcrossDifferentDstRules() {
            Poll poll = poll(PollType.DATETIME);
            // 2030-03-17: New York already on summer time, Berlin not yet; 2030-03-31: Berlin switches.
            List<LocalDateTime> times = List.of(
                    LocalDateTime.of(2030, 3, 17, 9, 0),
                    LocalDateTime.of(2030, 3, 30, 9, 0),
                    LocalDateTime.of(2030, 3, 31, 9, 0),
                    LocalDateTime.of(2030, 11, 3, 9, 0));
            poll.chooseDateTimes(times);

            poll.changeSettings(with(poll.settings(), NEW_YORK));

            assertThat(poll.zone()).isEqualTo(NEW_YORK);
            assertThat(wallClock(poll, NEW_YORK)).containsExactlyElementsOf(times);
            assertThat(poll.getChoices().get(0).getDate()).isEqualTo(Instant.parse("2030-03-17T13:00:00Z"));
            assertThat(poll.getChoices().get(2).getDate()).isEqualTo(Instant.parse("2030-03-31T13:00:00Z"));
            assertThat(poll.getChoices().get(3).getDate()).isEqualTo(Instant.parse("2030-11-03T14:00:00Z"));
        }

        @Test
        void deletedOptionsAreReanchoredToo() {
            Poll poll = poll(PollType.DATETIME);
            poll.chooseDateTimes(List.of(LocalDateTime.of(2030, 7, 1, 9, 0), LocalDateTime.of(2030, 7, 2, 9, 0)));
            poll.chooseDateTimes(List.of(LocalDateTime.of(2030, 7, 2, 9, 0)));
            assertThat(poll.getChoices()).filteredOn(Choice::isDeleted).hasSize(1);

            poll.changeSettings(with(poll.settings(), NEW_YORK));

            assertThat(wallClock(poll, NEW_YORK))
                    .containsExactlyInAnyOrder(LocalDateTime.of(2030, 7, 1, 9, 0), LocalDateTime.of(2030, 7, 2, 9, 0));
            // restoring the deleted option by choosing it again finds the same option at its wall-clock time
            Choice deleted = poll.getChoices().stream()
                    .filter(Choice::isDeleted)
                    .findFirst()
                    .orElseThrow();
            poll.chooseDateTimes(List.of(LocalDateTime.of(2030, 7, 1, 9, 0), LocalDateTime.of(2030, 7, 2, 9, 0)));
            assertThat(deleted.isDeleted()).isFalse();
            assertThat(poll.getChoices()).hasSize(2);
        }

        @Test
        void aTimeInTheNewZonesSpringGapMovesForwardByTheGap() {
            Poll poll = poll(PollType.DATETIME);
            // 02:30 exists in Berlin on 2030-03-10, but not in New York, which skips 02:00-03:00 that night
            poll.chooseDateTimes(List.of(LocalDateTime.of(2030, 3, 10, 2, 30)));

            poll.changeSettings(with(poll.settings(), NEW_YORK));

            assertThat(wallClock(poll, NEW_YORK)).containsExactly(LocalDateTime.of(2030, 3, 10, 3, 30));
        }

        @Test
        void theSameZoneChangesNoInstant() {
            Poll poll = poll(PollType.DATETIME);
            poll.chooseDateTimes(List.of(LocalDateTime.of(2030, 3, 31, 9, 0)));
            Instant before = poll.getChoices().get(0).getDate();

            poll.changeSettings(with(poll.settings(), BERLIN));

            assertThat(poll.getChoices().get(0).getDate()).isEqualTo(before);
        }

        @Test
        void datePollsKeepTheirUtcDays() {
            Poll poll = poll(PollType.DATE);
            poll.chooseDates(List.of(LocalDate.of(2030, 3, 31)));

            poll.changeSettings(with(poll.settings(), NEW_YORK));

            assertThat(poll.getChoices().get(0).getDate()).isEqualTo(Instant.parse("2030-03-31T00:00:00Z"));
        }

        @Test
        void theDueDateIsReadInTheNewZone() {
            Poll poll = poll(PollType.UNIVERSAL);
            PollSettings s = poll.settings();

            poll.changeSettings(new PollSettings(
                    s.title(),
                    LocalDateTime.of(2030, 7, 1, 18, 0),
                    s.showResults(),
                    NEW_YORK,
                    s.description(),
                    s.sorting(),
                    s.flags()));

            assertThat(poll.getDueDate()).isEqualTo(Instant.parse("2030-07-01T22:00:00Z"));
            assertThat(poll.settings().dueDate()).isEqualTo(LocalDateTime.of(2030, 7, 1, 18, 0));
        }
    }
}
