package org.bitpoll.poll.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.bitpoll.platform.error.RuleViolations.violating;
import static org.bitpoll.poll.domain.ManagementFixtures.ANSWERS;
import static org.bitpoll.poll.domain.ManagementFixtures.BERLIN;
import static org.bitpoll.poll.domain.ManagementFixtures.NOW;
import static org.bitpoll.poll.domain.ManagementFixtures.poll;
import static org.bitpoll.poll.domain.ManagementFixtures.stored;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bitpoll.account.domain.Account;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Copying a poll (F21 with product decision 8): a date shift in calendar days in the poll's zone. */
class PollCopyTest {

    private static final Instant LATER = Instant.parse("2030-02-01T12:00:00Z");
    private static final String KEY_HASH = ManagementKey.hash(ManagementKey.newToken());
    private static final DefaultAnswers GERMAN = new DefaultAnswers("ja", "nein", "vielleicht", "eher nicht");

    private static PollCopy request(int shift, boolean choices, boolean values) {
        return new PollCopy("Copy of Team meeting", "team-meeting2", null, shift, choices, values);
    }

    private static Poll copy(Poll original, PollCopy request) {
        return stored(original).copyWithManagementKey(request, KEY_HASH, GERMAN, LATER);
    }

    private static List<LocalDateTime> wallClock(Poll poll) {
        return poll.getChoices().stream()
                .map(c -> LocalDateTime.ofInstant(c.getDate(), poll.zone()))
                .toList();
    }

    /** An account with a fixed id, as if it had been stored. */
    static final class FixedIdAccount extends Account {
        private final Long fixedId;

        FixedIdAccount(long id) {
            this.fixedId = id;
        }

        @Override
        public Long getId() {
            return fixedId;
        }
    }

    @Nested
    class Shift {

        @Test
        void sevenDaysAcrossTheSpringChangeKeepTheWallClockTime() {
            Poll original = poll(PollType.DATETIME);
            original.chooseDateTimes(
                    List.of(LocalDateTime.of(2030, 3, 25, 9, 0), LocalDateTime.of(2030, 3, 25, 14, 30)));

            Poll copy = copy(original, request(7, true, true));

            assertThat(wallClock(copy))
                    .containsExactly(LocalDateTime.of(2030, 4, 1, 9, 0), LocalDateTime.of(2030, 4, 1, 14, 30));
            // a shift of 7 × 24 h would have given 10:00: the instants are 167 h apart, not 168 h
            assertThat(copy.getChoices().get(0).getDate()).isEqualTo(Instant.parse("2030-04-01T07:00:00Z"));
            assertThat(original.getChoices().get(0).getDate()).isEqualTo(Instant.parse("2030-03-25T08:00:00Z"));
        }

        @Test
        void aNegativeShiftAcrossTheAutumnChangeKeepsTheWallClockTime() {
            Poll original = poll(PollType.DATETIME);
            original.chooseDateTimes(List.of(LocalDateTime.of(2030, 10, 28, 9, 0)));

            Poll copy = copy(original, request(-3, true, true));

            assertThat(wallClock(copy)).containsExactly(LocalDateTime.of(2030, 10, 25, 9, 0));
        }

        @Test
        void aTimeThatFallsIntoTheSpringGapMovesForwardByTheGap() {
            Poll original = poll(PollType.DATETIME);
            original.chooseDateTimes(List.of(LocalDateTime.of(2030, 3, 24, 2, 30)));

            Poll copy = copy(original, request(7, true, true));

            assertThat(wallClock(copy)).containsExactly(LocalDateTime.of(2030, 3, 31, 3, 30));
        }

        @Test
        void datePollsMoveTheirDays() {
            Poll original = poll(PollType.DATE);
            original.chooseDates(List.of(LocalDate.of(2030, 3, 30), LocalDate.of(2030, 3, 31)));

            Poll copy = copy(original, request(2, true, true));

            assertThat(copy.getChoices())
                    .extracting(Choice::getDate)
                    .containsExactly(Instant.parse("2030-04-01T00:00:00Z"), Instant.parse("2030-04-02T00:00:00Z"));
        }

        @Test
        void freeTextOptionsAreCopiedAsTheyAre() {
            Poll original = poll(PollType.UNIVERSAL);
            original.editUniversalChoices(
                    List.of(new ChoiceDraft(null, "Pizza", false), new ChoiceDraft(null, "Lunch/Mon", false)));

            Poll copy = copy(original, request(5, true, true));

            assertThat(copy.getChoices())
                    .extracting(Choice::getText, Choice::getDate, Choice::getSortKey)
                    .containsExactly(tuple("Pizza", null, 0), tuple("Lunch/Mon", null, 1));
        }

        @Test
        void theDueDateMovesByTheSameCalendarDays() {
            Poll original = poll(PollType.DATETIME);
            PollCopy request = new PollCopy("Copy", "copy", LocalDateTime.of(2030, 3, 29, 18, 0), 7, true, true);

            Poll copy = copy(original, request);

            assertThat(copy.getDueDate())
                    .isEqualTo(
                            LocalDateTime.of(2030, 4, 5, 18, 0).atZone(BERLIN).toInstant());
        }

        @Test
        void withoutADueDateTheCopyHasNone() {
            assertThat(copy(poll(PollType.DATE), request(7, true, true)).getDueDate())
                    .isNull();
        }

        @Test
        void theShiftIsAWholeNumberOfDays() {
            assertThat(PollCopy.parseDateShift("7")).isEqualTo(7);
            assertThat(PollCopy.parseDateShift(" -14 ")).isEqualTo(-14);
            assertThat(PollCopy.parseDateShift("+3")).isEqualTo(3);
            assertThat(PollCopy.parseDateShift("")).isZero();
            assertThat(PollCopy.parseDateShift(null)).isZero();
        }

        @ParameterizedTest
        @ValueSource(strings = {"1.5", "abc", "7 days", "1e3", "9999999999", "--1", "0,5"})
        void aShiftThatIsNotAWholeNumberIsRefused(String typed) {
            assertThatThrownBy(() -> PollCopy.parseDateShift(typed)).is(violating(PollRule.DATE_SHIFT_INVALID));
        }

        @Test
        void aShiftOfMoreThanTenYearsIsRefused() {
            assertThat(request(PollCopy.MAX_DATE_SHIFT_DAYS, true, true).dateShiftDays())
                    .isEqualTo(3660);
            assertThatThrownBy(() -> request(-PollCopy.MAX_DATE_SHIFT_DAYS - 1, true, true))
                    .is(violating(PollRule.DATE_SHIFT_OUT_OF_RANGE));
            assertThatCode(() -> PollCopy.parseDateShift("123456789")).doesNotThrowAnyException();
        }
    }

    @Nested
    class WhatIsCopied {

        @Test
        void everySettingButTitleUrlNameDueDateAndOwnership() {
            Poll original = poll(PollType.DATETIME);
            original.changeSettings(new PollSettings(
                    "Team meeting",
                    LocalDateTime.of(2030, 3, 1, 12, 0),
                    ResultVisibility.SUMMARY_AFTER_VOTE,
                    java.time.ZoneId.of("Europe/Rome"),
                    "Bring *cake*",
                    Sorting.NAME,
                    EnumSet.of(
                            PollFlag.HIDE_PARTICIPANTS,
                            PollFlag.VOTE_ALL,
                            PollFlag.USE_USER_TIME_ZONE,
                            PollFlag.PUBLIC_LISTED)));
            original.close();

            Poll copy = copy(original, request(0, true, true));

            PollSettings settings = copy.settings();
            assertThat(settings.title()).isEqualTo("Copy of Team meeting");
            assertThat(copy.getSlug()).isEqualTo("team-meeting2");
            assertThat(settings.dueDate()).isNull();
            assertThat(settings.description()).isEqualTo("Bring *cake*");
            assertThat(settings.showResults()).isEqualTo(ResultVisibility.SUMMARY_AFTER_VOTE);
            assertThat(settings.timeZone()).isEqualTo(java.time.ZoneId.of("Europe/Rome"));
            assertThat(settings.sorting()).isEqualTo(Sorting.NAME);
            assertThat(settings.flags()).isEqualTo(original.settings().flags());
            assertThat(copy.getType()).isEqualTo(PollType.DATETIME);
            assertThat(copy.getCreated()).isEqualTo(LATER);
            assertThat(copy.getId()).isNull();
            assertThat(copy.isClosed()).isFalse();
            assertThat(copy.isOpenForVoting(LATER)).isTrue();
        }

        @Test
        void deletedOptionsAndValuesAreNotCopied() {
            Poll original = poll(PollType.UNIVERSAL);
            original.editUniversalChoices(List.of(
                    new ChoiceDraft(null, "A", false),
                    new ChoiceDraft(null, "B", false),
                    new ChoiceDraft(null, "C", false)));
            stored(original);
            List<Choice> choices = original.getChoices();
            original.editUniversalChoices(List.of(
                    new ChoiceDraft(choices.get(0).getId(), "A", false),
                    new ChoiceDraft(choices.get(1).getId(), "B", true),
                    new ChoiceDraft(choices.get(2).getId(), "C", false)));
            Long maybe = original.getAnswerValues().get(1).getId();
            original.deleteAnswerValue(maybe);

            Poll copy = copy(original, request(0, true, true));

            assertThat(copy.getChoices())
                    .extracting(Choice::getText, Choice::getSortKey, Choice::isDeleted)
                    .containsExactly(tuple("A", 0, false), tuple("C", 1, false));
            assertThat(copy.getAnswerValues())
                    .extracting(
                            AnswerValue::getTitle, AnswerValue::getIcon, AnswerValue::getColor, AnswerValue::isDeleted)
                    .containsExactly(
                            tuple("yes", "check", "90db46", false),
                            tuple("rather not", "thumbs-down", "BB00EE", false),
                            tuple("no", "ban", "c43131", false));
            assertThat(copy.getAnswerValues()).allMatch(value -> value.getId() == null);
        }

        @Test
        void withoutChoicesTheCopyHasNone() {
            Poll original = poll(PollType.DATE);
            original.chooseDates(List.of(LocalDate.of(2030, 5, 1)));

            assertThat(copy(original, request(0, false, true)).getChoices()).isEmpty();
        }

        @Test
        void withoutAnswerValuesTheCopyGetsTheFourDefaultsInTheCopiersLanguage() {
            Poll original = stored(poll(PollType.UNIVERSAL));
            original.addAnswerValue(AnswerValueDraft.parse("great", "star", "abcdef", "2"));

            Poll copy = copy(original, request(0, true, false));

            assertThat(copy.getAnswerValues())
                    .extracting(AnswerValue::getTitle)
                    .containsExactly("ja", "vielleicht", "eher nicht", "nein");
        }

        @Test
        void aGuestsCopyIsGuardedByItsOwnKey() {
            String token = ManagementKey.newToken();
            Poll copy = stored(poll(PollType.DATE))
                    .copyWithManagementKey(request(0, true, true), ManagementKey.hash(token), ANSWERS, NOW);
            ManagementFixtures.setId(copy, 43L);

            assertThat(copy.getOwner()).isNull();
            assertThat(copy.canBeManagedBy(Manager.guest(Map.of(43L, token)))).isTrue();
            assertThat(copy.canBeManagedBy(Manager.guest(Map.of(43L, ManagementKey.newToken()))))
                    .isFalse();
        }

        @Test
        void aLoggedInCopierOwnsTheCopy() {
            Account copier = new FixedIdAccount(7L);

            Poll copy = stored(poll(PollType.DATE)).copyOwnedBy(request(0, true, true), copier, ANSWERS, NOW);
            ManagementFixtures.setId(copy, 43L);

            assertThat(copy.getOwner()).isSameAs(copier);
            assertThat(copy.canBeManagedBy(new Manager(7L, Set.of(), false, Map.of())))
                    .isTrue();
            assertThat(copy.canBeManagedBy(new Manager(8L, Set.of(), false, Map.of())))
                    .isFalse();
        }

        @Test
        void theRequestFollowsTheCreationRules() {
            assertThatThrownBy(() -> new PollCopy(" ", "slug", null, 0, true, true))
                    .is(violating(PollRule.TITLE_REQUIRED));
            assertThatThrownBy(() -> new PollCopy("t".repeat(81), "slug", null, 0, true, true))
                    .is(violating(PollRule.TITLE_TOO_LONG));
            for (String slug : new String[] {"", "with space", "x".repeat(81), "grüße", "a/b"}) {
                assertThatThrownBy(() -> new PollCopy("Title", slug, null, 0, true, true))
                        .as(slug)
                        .is(violating(PollRule.SLUG_INVALID));
            }
            assertThat(new PollCopy(" Title ", " slug-2 ", null, 0, true, true))
                    .extracting(PollCopy::title, PollCopy::slug)
                    .containsExactly("Title", "slug-2");
        }
    }
}
