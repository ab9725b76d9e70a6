package org.bitpoll.poll.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.bitpoll.platform.error.RuleViolations.violating;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bitpoll.account.domain.Account;
import org.bitpoll.platform.error.NotFoundException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PollTest {

    private static final Instant NOW = Instant.parse("2030-01-15T10:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DefaultAnswers ANSWERS = new DefaultAnswers("yes", "no", "maybe", "rather not");
    private static final String TOKEN = ManagementKey.newToken();

    static NewPoll spec(PollType type, String title, String slug) {
        return new NewPoll(type, title, slug, null, null, BERLIN, true, false, false, true, true, false, false);
    }

    static Poll poll(PollType type) {
        return Poll.createWithManagementKey(
                spec(type, "Team meeting", "team-meeting"), ManagementKey.hash(TOKEN), ANSWERS, NOW);
    }

    static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** An account with a fixed id, as if it had been persisted. */
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
    class Creation {

        @Test
        void newPollHasItsSettings() {
            Poll poll = poll(PollType.DATE);

            assertThat(poll.getTitle()).isEqualTo("Team meeting");
            assertThat(poll.getSlug()).isEqualTo("team-meeting");
            assertThat(poll.getType()).isEqualTo(PollType.DATE);
            assertThat(poll.getCreated()).isEqualTo(NOW);
            assertThat(poll.zone()).isEqualTo(BERLIN);
            assertThat(poll.getDescription()).isEmpty();
            assertThat(poll.getOwner()).isNull();
            assertThat(poll.getId()).isNull();
            assertThat(poll.getChoices()).isEmpty();
            assertThat(poll.getShowResults()).isEqualTo(ResultVisibility.COMPLETE);
        }

        @Test
        void newPollHasTheFourDefaultAnswerValues() {
            Poll poll = poll(PollType.UNIVERSAL);

            assertThat(poll.getAnswerValues())
                    .extracting(
                            AnswerValue::getTitle, AnswerValue::getIcon, AnswerValue::getColor, AnswerValue::isDeleted)
                    .containsExactly(
                            tuple("yes", "check", "90db46", false),
                            tuple("maybe", "question", "ffe800", false),
                            tuple("rather not", "thumbs-down", "BB00EE", false),
                            tuple("no", "ban", "c43131", false));
            List<AnswerValue> values = poll.getAnswerValues();
            assertThat(values.get(0).getWeight()).isEqualByComparingTo(new BigDecimal("1"));
            assertThat(values.get(1).getWeight()).isEqualByComparingTo(new BigDecimal("0.5"));
            assertThat(values.get(2).getWeight()).isEqualByComparingTo(new BigDecimal("0.25"));
            assertThat(values.get(3).getWeight()).isEqualByComparingTo(new BigDecimal("0"));
        }

        @Test
        void answerValueTitlesComeFromDefaultAnswers() {
            Poll poll = Poll.createWithManagementKey(
                    spec(PollType.UNIVERSAL, "Riunione", "riunione"),
                    ManagementKey.hash(TOKEN),
                    new DefaultAnswers("sì", "no", "forse", "meglio di no"),
                    NOW);

            assertThat(poll.getAnswerValues())
                    .extracting(AnswerValue::getTitle)
                    .containsExactly("sì", "forse", "meglio di no", "no");
        }

        @Test
        void invalidSlugIsRefused() {
            ZoneId zone = BERLIN;
            for (String slug : List.of("", "with space", "x".repeat(81), "grüße", "a/b")) {
                assertThatThrownBy(() -> new NewPoll(
                                PollType.DATE,
                                "Title",
                                slug,
                                null,
                                null,
                                zone,
                                true,
                                false,
                                false,
                                true,
                                true,
                                false,
                                false))
                        .as("slug %s", slug)
                        .is(violating(PollRule.SLUG_INVALID));
            }
        }

        @Test
        void slugOf80CharactersIsAccepted() {
            Poll poll =
                    Poll.createWithManagementKey(spec(PollType.DATE, "Title", "x".repeat(80)), "hash", ANSWERS, NOW);

            assertThat(poll.getSlug()).hasSize(80);
        }

        @Test
        void blankTitleIsRefused() {
            assertThatThrownBy(() -> spec(PollType.DATE, "   ", "slug")).is(violating(PollRule.TITLE_REQUIRED));
            assertThatThrownBy(() -> spec(PollType.DATE, "", "slug")).is(violating(PollRule.TITLE_REQUIRED));
            assertThatThrownBy(() -> spec(PollType.DATE, null, "slug")).is(violating(PollRule.TITLE_REQUIRED));
        }

        @Test
        void titleOf81CharactersIsRefused() {
            assertThatThrownBy(() -> spec(PollType.DATE, "t".repeat(81), "slug"))
                    .is(violating(PollRule.TITLE_TOO_LONG));
        }

        @Test
        void theTitleIsCheckedBeforeTheSlug() {
            assertThatThrownBy(() -> spec(PollType.DATE, " ", "with space")).is(violating(PollRule.TITLE_REQUIRED));
        }

        @Test
        void aDescriptionLongerThanTheSettingsAllowIsRefused() {
            String longest = "d".repeat(PollSettings.MAX_DESCRIPTION_LENGTH);

            assertThat(new NewPoll(
                                    PollType.DATE,
                                    "T",
                                    "t",
                                    longest,
                                    null,
                                    BERLIN,
                                    true,
                                    false,
                                    false,
                                    true,
                                    true,
                                    false,
                                    false)
                            .description())
                    .isEqualTo(longest);
            assertThatThrownBy(() -> new NewPoll(
                            PollType.DATE,
                            "T",
                            "t",
                            longest + "d",
                            null,
                            BERLIN,
                            true,
                            false,
                            false,
                            true,
                            true,
                            false,
                            false))
                    .is(violating(PollRule.DESCRIPTION_TOO_LONG));
        }

        @Test
        void titleOf80CharactersIsAcceptedAndTitlesAreStripped() {
            assertThat(spec(PollType.DATE, "t".repeat(80), "slug").title()).hasSize(80);
            assertThat(spec(PollType.DATE, "  " + "t".repeat(80) + "  ", "slug").title())
                    .isEqualTo("t".repeat(80));
        }

        @Test
        void ownedPollNeedsAnOwner() {
            assertThatThrownBy(() -> Poll.createOwned(spec(PollType.DATE, "T", "t"), null, ANSWERS, NOW))
                    .isInstanceOf(NullPointerException.class);
        }

        @Test
        void pollWithoutLoginNeedsAManagementKeyHash() {
            assertThatThrownBy(() -> Poll.createWithManagementKey(spec(PollType.DATE, "T", "t"), null, ANSWERS, NOW))
                    .isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class Management {

        @Test
        void guestWithoutTokensCannotManage() {
            Poll poll = poll(PollType.DATE);
            setId(poll, 42L);

            assertThat(poll.canBeManagedBy(Manager.guest(Map.of()))).isFalse();
        }

        @Test
        void guestWithoutTokensCannotManageAPollNotYetSaved() {
            Poll poll = poll(PollType.DATE);

            assertThat(poll.canBeManagedBy(Manager.guest(Map.of()))).isFalse();
        }

        @Test
        void siteAdminCanManage() {
            Poll poll = poll(PollType.DATE);

            assertThat(poll.canBeManagedBy(new Manager(null, Set.of(), true, Map.of())))
                    .isTrue();
        }

        @Test
        void guestWithTheRightTokenForThisPollCanManage() {
            Poll poll = poll(PollType.DATE);
            setId(poll, 42L);

            assertThat(poll.canBeManagedBy(Manager.guest(Map.of(42L, TOKEN)))).isTrue();
        }

        @Test
        void guestWithAWrongTokenCannotManage() {
            Poll poll = poll(PollType.DATE);
            setId(poll, 42L);

            assertThat(poll.canBeManagedBy(Manager.guest(Map.of(42L, ManagementKey.newToken()))))
                    .isFalse();
            assertThat(poll.canBeManagedBy(Manager.guest(Map.of(42L, "")))).isFalse();
            // the hash itself is not the key
            assertThat(poll.canBeManagedBy(Manager.guest(Map.of(42L, ManagementKey.hash(TOKEN)))))
                    .isFalse();
        }

        @Test
        void guestWithTheRightTokenFiledUnderAnotherPollCannotManage() {
            Poll poll = poll(PollType.DATE);
            setId(poll, 42L);

            assertThat(poll.canBeManagedBy(Manager.guest(Map.of(43L, TOKEN)))).isFalse();
        }

        @Test
        void loggedInAccountThatDoesNotOwnAKeyPollNeedsTheToken() {
            Poll poll = poll(PollType.DATE);
            setId(poll, 42L);

            assertThat(poll.canBeManagedBy(new Manager(7L, Set.of(1L), false, Map.of())))
                    .isFalse();
            assertThat(poll.canBeManagedBy(new Manager(7L, Set.of(1L), false, Map.of(42L, TOKEN))))
                    .isTrue();
        }

        @Test
        void ownerCanManageAndOthersCannot() {
            Poll poll = Poll.createOwned(spec(PollType.DATE, "T", "t"), new FixedIdAccount(7L), ANSWERS, NOW);
            setId(poll, 42L);

            assertThat(poll.canBeManagedBy(new Manager(7L, Set.of(), false, Map.of())))
                    .isTrue();
            assertThat(poll.canBeManagedBy(new Manager(8L, Set.of(), false, Map.of())))
                    .isFalse();
            assertThat(poll.canBeManagedBy(Manager.guest(Map.of()))).isFalse();
            // an owned poll has no management key: no token opens it
            assertThat(poll.canBeManagedBy(Manager.guest(Map.of(42L, TOKEN)))).isFalse();
        }

        @Test
        void theTokenHeldForThisPollIsGivenBackToShowTheLinkAgain() {
            Poll poll = poll(PollType.DATE);
            setId(poll, 42L);

            assertThat(poll.hasManagementKey()).isTrue();
            assertThat(poll.managementTokenHeldBy(Manager.guest(Map.of(42L, TOKEN))))
                    .contains(TOKEN);
        }

        @Test
        void aWrongOrMisfiledTokenIsNeverGivenBack() {
            Poll poll = poll(PollType.DATE);
            setId(poll, 42L);

            assertThat(poll.managementTokenHeldBy(Manager.guest(Map.of(42L, ManagementKey.newToken()))))
                    .isEmpty();
            assertThat(poll.managementTokenHeldBy(Manager.guest(Map.of(43L, TOKEN))))
                    .isEmpty();
            assertThat(poll.managementTokenHeldBy(new Manager(null, Set.of(), true, Map.of())))
                    .isEmpty();
        }

        @Test
        void anOwnedPollHasNoManagementKeyToShow() {
            Poll poll = Poll.createOwned(spec(PollType.DATE, "T", "t"), new FixedIdAccount(7L), ANSWERS, NOW);
            setId(poll, 42L);

            assertThat(poll.hasManagementKey()).isFalse();
            assertThat(poll.managementTokenHeldBy(new Manager(7L, Set.of(), false, Map.of(42L, TOKEN))))
                    .isEmpty();
        }

        @Test
        void managementTokenHashIsSha256Hex() {
            assertThat(ManagementKey.hash("abc"))
                    .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
            assertThat(ManagementKey.newToken())
                    .hasSize(43)
                    .matches("[A-Za-z0-9_-]+")
                    .isNotEqualTo(ManagementKey.newToken());
        }
    }

    @Nested
    class UniversalChoices {

        private final Poll poll = poll(PollType.UNIVERSAL);

        /** Adds options with the given texts and gives them the ids 1, 2, 3, ... */
        private List<Choice> existing(String... texts) {
            List<ChoiceDraft> rows = new ArrayList<>();
            for (String text : texts) {
                rows.add(new ChoiceDraft(null, text, false));
            }
            poll.editUniversalChoices(rows);
            List<Choice> choices = poll.getChoices();
            for (int i = 0; i < choices.size(); i++) {
                setId(choices.get(i), i + 1L);
            }
            return choices;
        }

        private List<String> texts() {
            return poll.getChoices().stream().map(Choice::getText).toList();
        }

        private List<String> activeTexts() {
            return poll.activeChoices().stream().map(Choice::getText).toList();
        }

        /** Text, sort key and deleted flag of every option, to compare before and after. */
        private List<String> snapshot() {
            return poll.getChoices().stream()
                    .map(c -> c.getId() + ":" + c.getText() + ":" + c.getSortKey() + ":" + c.isDeleted())
                    .toList();
        }

        @Test
        void newRowsAreAddedInOrder() {
            poll.editUniversalChoices(List.of(
                    new ChoiceDraft(null, "Pizza", false),
                    new ChoiceDraft(null, " Pasta ", false),
                    new ChoiceDraft(null, "Lunch/Mon", false)));

            assertThat(poll.getChoices())
                    .extracting(Choice::getText, Choice::getSortKey, Choice::isDeleted, Choice::getDate)
                    .containsExactly(
                            tuple("Pizza", 0, false, null),
                            tuple("Pasta", 1, false, null),
                            tuple("Lunch/Mon", 2, false, null));
        }

        @Test
        void blankNewRowIsSkipped() {
            poll.editUniversalChoices(List.of(
                    new ChoiceDraft(null, "A", false),
                    new ChoiceDraft(null, "   ", false),
                    new ChoiceDraft(null, null, false),
                    new ChoiceDraft(null, "B", false)));

            assertThat(poll.getChoices())
                    .extracting(Choice::getText, Choice::getSortKey)
                    .containsExactly(tuple("A", 0), tuple("B", 1));
        }

        @Test
        void newRowMarkedDeletedIsSkipped() {
            poll.editUniversalChoices(List.of(new ChoiceDraft(null, "A", true)));

            assertThat(poll.getChoices()).isEmpty();
        }

        @Test
        void existingRowIsRenamed() {
            existing("A", "B");

            poll.editUniversalChoices(List.of(new ChoiceDraft(1L, "A2", false), new ChoiceDraft(2L, "B", false)));

            assertThat(texts()).containsExactly("A2", "B");
            assertThat(poll.activeChoices()).hasSize(2);
        }

        @Test
        void existingRowWithBlankTextBecomesDeletedAndKeepsItsText() {
            existing("A", "B");

            poll.editUniversalChoices(List.of(new ChoiceDraft(1L, "  ", false), new ChoiceDraft(2L, "B", false)));

            Choice a = poll.getChoices().get(0);
            assertThat(a.isDeleted()).isTrue();
            assertThat(a.getText()).isEqualTo("A");
            assertThat(activeTexts()).containsExactly("B");
            assertThat(poll.getChoices()).hasSize(2);
        }

        @Test
        void rowMarkedDeletedIsSoftDeletedAndCanBeRestored() {
            existing("A", "B");

            poll.editUniversalChoices(List.of(new ChoiceDraft(1L, "A", true), new ChoiceDraft(2L, "B", false)));
            assertThat(poll.getChoices().get(0).isDeleted()).isTrue();
            assertThat(activeTexts()).containsExactly("B");

            poll.editUniversalChoices(List.of(new ChoiceDraft(1L, "A", false), new ChoiceDraft(2L, "B", false)));
            assertThat(poll.getChoices().get(0).isDeleted()).isFalse();
            assertThat(activeTexts()).containsExactly("A", "B");
        }

        @Test
        void rowsGetSortKeysInTheirOrder() {
            existing("A", "B");

            poll.editUniversalChoices(List.of(
                    new ChoiceDraft(2L, "B", false),
                    new ChoiceDraft(1L, "A", false),
                    new ChoiceDraft(null, "C", false)));

            assertThat(poll.getChoices())
                    .extracting(Choice::getText, Choice::getSortKey)
                    .containsExactlyInAnyOrder(tuple("B", 0), tuple("A", 1), tuple("C", 2));
        }

        @Test
        void optionsAreInTheRowsOrderAfterAnEdit() {
            existing("A", "B");

            poll.editUniversalChoices(List.of(
                    new ChoiceDraft(2L, "B", false),
                    new ChoiceDraft(1L, "A", false),
                    new ChoiceDraft(null, "C", false)));

            assertThat(activeTexts()).containsExactly("B", "A", "C");
            assertThat(texts()).containsExactly("B", "A", "C");
        }

        @Test
        void unknownIdIsNotFoundAndNothingChanges() {
            existing("A", "B");
            List<String> before = snapshot();

            assertThatThrownBy(() -> poll.editUniversalChoices(List.of(
                            new ChoiceDraft(1L, "A renamed", false),
                            new ChoiceDraft(99L, "X", false),
                            new ChoiceDraft(null, "new", false))))
                    .isInstanceOf(NotFoundException.class);

            assertThat(snapshot()).isEqualTo(before);
        }

        @Test
        void textOf80CharactersIsAccepted() {
            poll.editUniversalChoices(List.of(new ChoiceDraft(null, "x".repeat(80), false)));

            assertThat(texts()).containsExactly("x".repeat(80));
        }

        @Test
        void textOf81CharactersIsRefusedAndNothingChanges() {
            existing("A", "B");
            List<String> before = snapshot();

            assertThatThrownBy(() -> poll.editUniversalChoices(List.of(
                            new ChoiceDraft(1L, "A renamed", false),
                            new ChoiceDraft(2L, "B", true),
                            new ChoiceDraft(null, "new", false),
                            new ChoiceDraft(null, "x".repeat(81), false))))
                    .is(violating(PollRule.CHOICE_TEXT_TOO_LONG));

            assertThat(snapshot()).isEqualTo(before);
            assertThat(texts()).containsExactly("A", "B");
        }

        @Test
        void renamingToATooLongTextIsRefusedAndNothingChanges() {
            existing("A");
            List<String> before = snapshot();

            assertThatThrownBy(() -> poll.editUniversalChoices(List.of(new ChoiceDraft(1L, "y".repeat(81), false))))
                    .is(violating(PollRule.CHOICE_TEXT_TOO_LONG));

            assertThat(snapshot()).isEqualTo(before);
        }

        @Test
        void maxChoicesActiveAreAllowed() {
            List<ChoiceDraft> rows = new ArrayList<>();
            for (int i = 0; i < Poll.MAX_CHOICES; i++) {
                rows.add(new ChoiceDraft(null, "option " + i, false));
            }

            poll.editUniversalChoices(rows);

            assertThat(poll.activeChoices()).hasSize(Poll.MAX_CHOICES);
        }

        @Test
        void moreThanMaxChoicesActiveIsRefusedAndNothingChanges() {
            existing("A", "B");
            List<String> before = snapshot();
            List<ChoiceDraft> rows = new ArrayList<>();
            rows.add(new ChoiceDraft(1L, "A renamed", false));
            rows.add(new ChoiceDraft(2L, "B", false));
            for (int i = 0; i < Poll.MAX_CHOICES - 1; i++) {
                rows.add(new ChoiceDraft(null, "option " + i, false));
            }

            assertThatThrownBy(() -> poll.editUniversalChoices(rows)).is(violating(PollRule.TOO_MANY_CHOICES));

            assertThat(snapshot()).isEqualTo(before);
        }

        @Test
        void deletedAndBlankRowsDoNotCountTowardsTheMaximum() {
            existing("A", "B");
            List<ChoiceDraft> rows = new ArrayList<>();
            rows.add(new ChoiceDraft(1L, "A", true));
            rows.add(new ChoiceDraft(2L, "", false));
            for (int i = 0; i < Poll.MAX_CHOICES; i++) {
                rows.add(new ChoiceDraft(null, "option " + i, false));
            }
            rows.add(new ChoiceDraft(null, "  ", false));

            poll.editUniversalChoices(rows);

            assertThat(poll.activeChoices()).hasSize(Poll.MAX_CHOICES);
            assertThat(poll.getChoices()).hasSize(Poll.MAX_CHOICES + 2);
        }

        @Test
        void optionsLeftOutOfTheRowsStillCountTowardsTheMaximum() {
            // e.g. an editor page opened before another tab added options: its rows lack the newer options
            List<ChoiceDraft> rows = new ArrayList<>();
            for (int i = 0; i < Poll.MAX_CHOICES; i++) {
                rows.add(new ChoiceDraft(null, "option " + i, false));
            }
            poll.editUniversalChoices(rows);

            assertThatThrownBy(() -> poll.editUniversalChoices(List.of(new ChoiceDraft(null, "one more", false))))
                    .is(violating(PollRule.TOO_MANY_CHOICES));
            assertThat(poll.activeChoices()).hasSizeLessThanOrEqualTo(Poll.MAX_CHOICES);
        }

        @Test
        void onlyUniversalPollsHaveFreeTextOptions() {
            Poll datePoll = poll(PollType.DATE);

            assertThatThrownBy(() -> datePoll.editUniversalChoices(List.of(new ChoiceDraft(null, "A", false))))
                    .isInstanceOf(NotFoundException.class);
            assertThat(datePoll.getChoices()).isEmpty();
        }
    }

    @Nested
    class DateChoices {

        private final Poll poll = poll(PollType.DATE);
        private final LocalDate jul3 = LocalDate.of(2030, 7, 3);
        private final LocalDate jul4 = LocalDate.of(2030, 7, 4);
        private final LocalDate jul5 = LocalDate.of(2030, 7, 5);

        private List<Instant> activeDates() {
            return poll.activeChoices().stream().map(Choice::getDate).toList();
        }

        @Test
        void daysAreStoredAsUtcMidnightSorted() {
            poll.chooseDates(List.of(jul5, jul3, jul4));

            assertThat(poll.activeChoices())
                    .extracting(Choice::getDate, Choice::getSortKey, Choice::getText)
                    .containsExactly(
                            tuple(Instant.parse("2030-07-03T00:00:00Z"), 0, ""),
                            tuple(Instant.parse("2030-07-04T00:00:00Z"), 1, ""),
                            tuple(Instant.parse("2030-07-05T00:00:00Z"), 2, ""));
        }

        @Test
        void duplicateDaysCollapse() {
            poll.chooseDates(List.of(jul3, jul4, jul3));

            assertThat(poll.getChoices()).hasSize(2);
            assertThat(activeDates())
                    .containsExactly(Instant.parse("2030-07-03T00:00:00Z"), Instant.parse("2030-07-04T00:00:00Z"));
        }

        @Test
        void noDaysIsRefused() {
            poll.chooseDates(List.of(jul3));

            assertThatThrownBy(() -> poll.chooseDates(List.of())).is(violating(PollRule.NO_DATES_CHOSEN));
            assertThat(activeDates()).containsExactly(Instant.parse("2030-07-03T00:00:00Z"));
        }

        @Test
        void rechoosingASubsetSoftDeletesTheOthers() {
            poll.chooseDates(List.of(jul3, jul4, jul5));

            poll.chooseDates(List.of(jul4));

            assertThat(poll.getChoices()).hasSize(3);
            assertThat(activeDates()).containsExactly(Instant.parse("2030-07-04T00:00:00Z"));
            assertThat(poll.activeChoices().get(0).getSortKey()).isZero();
            assertThat(poll.getChoices())
                    .filteredOn(Choice::isDeleted)
                    .extracting(Choice::getDate)
                    .containsExactlyInAnyOrder(
                            Instant.parse("2030-07-03T00:00:00Z"), Instant.parse("2030-07-05T00:00:00Z"));
        }

        @Test
        void readdingADayRestoresTheSameOption() {
            poll.chooseDates(List.of(jul3, jul4));
            Choice jul3Option = poll.activeChoices().get(0);
            poll.chooseDates(List.of(jul4));
            assertThat(jul3Option.isDeleted()).isTrue();

            poll.chooseDates(List.of(jul3, jul4, jul5));

            assertThat(poll.getChoices()).hasSize(3);
            assertThat(poll.activeChoices().get(0)).isSameAs(jul3Option);
            assertThat(jul3Option.isDeleted()).isFalse();
            assertThat(jul3Option.getSortKey()).isZero();
            assertThat(activeDates())
                    .containsExactly(
                            Instant.parse("2030-07-03T00:00:00Z"),
                            Instant.parse("2030-07-04T00:00:00Z"),
                            Instant.parse("2030-07-05T00:00:00Z"));
        }

        @Test
        void readdingADayRestoresTheSameOptionWhenOptionsHaveIds() {
            poll.chooseDates(List.of(jul3, jul4));
            setId(poll.getChoices().get(0), 1L);
            setId(poll.getChoices().get(1), 2L);
            Choice jul3Option = poll.getChoices().get(0);

            poll.chooseDates(List.of(jul4));
            poll.chooseDates(List.of(jul3));

            assertThat(poll.getChoices()).hasSize(2);
            assertThat(poll.activeChoices()).singleElement().isSameAs(jul3Option);
            assertThat(poll.getChoices())
                    .filteredOn(Choice::isDeleted)
                    .extracting(Choice::getId)
                    .containsExactly(2L);
        }

        @Test
        void moreThanMaxChoicesDaysAreRefusedAndNothingChanges() {
            poll.chooseDates(List.of(jul3));
            List<LocalDate> days = new ArrayList<>();
            for (int i = 0; i <= Poll.MAX_CHOICES; i++) {
                days.add(jul3.plusDays(i));
            }

            assertThatThrownBy(() -> poll.chooseDates(days)).is(violating(PollRule.TOO_MANY_CHOICES));
            assertThat(poll.getChoices()).hasSize(1);
            assertThat(activeDates()).containsExactly(Instant.parse("2030-07-03T00:00:00Z"));
        }

        @Test
        void onlyDatePollsHaveDayOptions() {
            assertThatThrownBy(() -> poll(PollType.UNIVERSAL).chooseDates(List.of(jul3)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> poll(PollType.DATETIME).chooseDates(List.of(jul3)))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void dateTimesOnADatePollAreRefused() {
            assertThatThrownBy(() -> poll.chooseDateTimes(List.of(jul3.atTime(9, 0))))
                    .isInstanceOf(NotFoundException.class);
            assertThat(poll.getChoices()).isEmpty();
        }
    }

    @Nested
    class DateTimeChoices {

        private final Poll poll = poll(PollType.DATETIME);

        private List<Instant> activeDates() {
            return poll.activeChoices().stream().map(Choice::getDate).toList();
        }

        @Test
        void wallClockTimesAroundTheSpringChangeFollowTheZone() {
            poll.chooseDateTimes(List.of(LocalDateTime.of(2030, 3, 31, 9, 0), LocalDateTime.of(2030, 3, 30, 9, 0)));

            assertThat(activeDates())
                    .containsExactly(Instant.parse("2030-03-30T08:00:00Z"), Instant.parse("2030-03-31T07:00:00Z"));
        }

        @Test
        void wallClockTimesAroundTheAutumnChangeFollowTheZone() {
            poll.chooseDateTimes(List.of(LocalDateTime.of(2030, 10, 26, 9, 0), LocalDateTime.of(2030, 10, 27, 9, 0)));

            assertThat(activeDates())
                    .containsExactly(Instant.parse("2030-10-26T07:00:00Z"), Instant.parse("2030-10-27T08:00:00Z"));
        }

        @Test
        void restoringTheGridAcrossDstChangesGivesBackTheSameWallClockTime() {
            poll.chooseDateTimes(List.of(
                    LocalDateTime.of(2030, 3, 30, 9, 0), LocalDateTime.of(2030, 3, 31, 9, 0),
                    LocalDateTime.of(2030, 10, 26, 9, 0), LocalDateTime.of(2030, 10, 27, 9, 0)));

            DateTimeGrid grid = DateTimeGrid.restore(activeDates(), poll.zone());

            assertThat(grid.days())
                    .containsExactly(
                            LocalDate.of(2030, 3, 30),
                            LocalDate.of(2030, 3, 31),
                            LocalDate.of(2030, 10, 26),
                            LocalDate.of(2030, 10, 27));
            assertThat(grid.times()).containsExactly(LocalTime.of(9, 0));
            assertThat(grid.checkedCombinations())
                    .hasSize(4)
                    .allMatch(t -> t.toLocalTime().equals(LocalTime.of(9, 0)));
        }

        @Test
        void wallClockTimeInTheSpringGapMovesForwardByTheGap() {
            poll.chooseDateTimes(List.of(LocalDateTime.of(2030, 3, 31, 2, 30)));

            assertThat(activeDates()).containsExactly(Instant.parse("2030-03-31T01:30:00Z"));
            assertThat(DateTimeGrid.restore(activeDates(), BERLIN).checkedCombinations())
                    .containsExactly(LocalDateTime.of(2030, 3, 31, 3, 30));
        }

        @Test
        void rechoosingKeepsTheSameOptionAndSoftDeletesTheRest() {
            LocalDateTime nine = LocalDateTime.of(2030, 7, 1, 9, 0);
            LocalDateTime one = LocalDateTime.of(2030, 7, 1, 13, 0);
            poll.chooseDateTimes(List.of(nine, one));
            Choice nineOption = poll.activeChoices().get(0);

            poll.chooseDateTimes(List.of(one));
            poll.chooseDateTimes(List.of(one, nine));

            assertThat(poll.getChoices()).hasSize(2);
            assertThat(poll.activeChoices().get(0)).isSameAs(nineOption);
        }

        @Test
        void choosingNoCombinationsSoftDeletesEveryOption() {
            poll.chooseDateTimes(List.of(LocalDateTime.of(2030, 7, 1, 9, 0)));

            poll.chooseDateTimes(List.of());

            assertThat(poll.activeChoices()).isEmpty();
            assertThat(poll.getChoices()).hasSize(1).allMatch(Choice::isDeleted);
        }

        @Test
        void onlyDateTimePollsHaveDateTimeOptions() {
            assertThatThrownBy(
                            () -> poll(PollType.UNIVERSAL).chooseDateTimes(List.of(LocalDateTime.of(2030, 7, 1, 9, 0))))
                    .isInstanceOf(NotFoundException.class);
        }
    }
}
