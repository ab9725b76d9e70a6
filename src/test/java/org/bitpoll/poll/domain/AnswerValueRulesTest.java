package org.bitpoll.poll.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.bitpoll.platform.error.RuleViolations.violating;
import static org.bitpoll.poll.domain.ManagementFixtures.poll;
import static org.bitpoll.poll.domain.ManagementFixtures.stored;

import java.math.BigDecimal;
import java.util.List;
import org.bitpoll.platform.error.NotFoundException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The answer values editor's rules (F19, §4.3 with the product's fixes). */
class AnswerValueRulesTest {

    private static AnswerValueDraft draft(String title, String weight) {
        return AnswerValueDraft.parse(title, "star", "#1a2B3c", weight);
    }

    private static List<String> titles(Poll poll) {
        return poll.getAnswerValues().stream().map(AnswerValue::getTitle).toList();
    }

    @Nested
    class Drafts {

        @Test
        void aValidDraftIsNormalised() {
            AnswerValueDraft draft = AnswerValueDraft.parse("  great  ", "star", "#1a2B3c", " 0,75 ");

            assertThat(draft.title()).isEqualTo("great");
            assertThat(draft.icon()).isEqualTo("star");
            assertThat(draft.color()).isEqualTo("1a2B3c");
            assertThat(draft.weight()).isEqualByComparingTo("0.75");
        }

        @Test
        void aColourWithoutHashIsKept() {
            assertThat(AnswerValueDraft.parse("a", "star", "BB00EE", "1").color())
                    .isEqualTo("BB00EE");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void aTitleIsRequired(String title) {
            assertThatThrownBy(() -> draft(title, "1")).is(violating(PollRule.ANSWER_TITLE_REQUIRED));
            assertThatThrownBy(() -> draft(null, "1")).is(violating(PollRule.ANSWER_TITLE_REQUIRED));
        }

        @Test
        void aTitleHasAtMost80Characters() {
            assertThat(draft("t".repeat(80), "1").title()).hasSize(80);
            assertThatThrownBy(() -> draft("t".repeat(81), "1")).is(violating(PollRule.ANSWER_TITLE_TOO_LONG));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "fa-check", "smile-o", "check;color:red", "CHECK"})
        void onlyOfferedIconsAreAccepted(String icon) {
            assertThatThrownBy(() -> AnswerValueDraft.parse("a", icon, "123456", "1"))
                    .is(violating(PollRule.ANSWER_ICON_UNKNOWN));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {"", "#", "B0E", "#B0E", "12345", "1234567", "x123456", "#12345g", "##123456", "12345 6"})
        void aColourIsExactlySixHexDigits(String color) {
            assertThatThrownBy(() -> AnswerValueDraft.parse("a", "star", color, "1"))
                    .is(violating(PollRule.ANSWER_COLOR_INVALID));
        }

        @ParameterizedTest
        @CsvSource({
            "999.99, 999.99",
            "-999.99, -999.99",
            "0, 0",
            "0.5, 0.5",
            "0.50, 0.5",
            "1.230, 1.23",
            "'0,25', 0.25",
            ".5, 0.5",
            "+2, 2",
            "100, 100"
        })
        void weightsWithTwoDecimalsUpTo999Point99AreAccepted(String typed, String expected) {
            assertThat(draft("a", typed).weight()).isEqualByComparingTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1000", "-1000", "999.991", "0.123", "0.001", "12345"})
        void weightsBeyondTheRangeOrWithMoreDecimalsAreRefused(String typed) {
            assertThatThrownBy(() -> draft("a", typed)).is(violating(PollRule.WEIGHT_OUT_OF_RANGE));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "abc", "1e2", "1,5,0", "--1", "0x10", "NaN", "."})
        void weightsThatAreNotNumbersAreRefused(String typed) {
            assertThatThrownBy(() -> draft("a", typed)).is(violating(PollRule.WEIGHT_INVALID));
            assertThatThrownBy(() -> draft("a", null)).is(violating(PollRule.WEIGHT_INVALID));
        }
    }

    @Nested
    class Editing {

        private final Poll poll = stored(poll(PollType.UNIVERSAL));

        @Test
        void anAddedValueIsActiveAndSortedByWeightThenTitle() {
            poll.addAnswerValue(draft("great", "2"));
            poll.addAnswerValue(draft("also yes", "1"));

            assertThat(titles(poll)).containsExactly("great", "also yes", "yes", "maybe", "rather not", "no");
            assertThat(poll.getAnswerValues().get(0))
                    .extracting(AnswerValue::getIcon, AnswerValue::getColor, AnswerValue::isDeleted)
                    .containsExactly("star", "1a2B3c", false);
        }

        @Test
        void anEditChangesEveryFieldAndTheOrder() {
            Long no = poll.getAnswerValues().get(3).getId();

            poll.editAnswerValue(no, AnswerValueDraft.parse("definitely not", "times", "000000", "-1"));

            assertThat(poll.answerValue(no))
                    .extracting(AnswerValue::getTitle, AnswerValue::getIcon, AnswerValue::getColor)
                    .containsExactly("definitely not", "times", "000000");
            assertThat(poll.answerValue(no).getWeight()).isEqualByComparingTo("-1");
            assertThat(titles(poll)).containsExactly("yes", "maybe", "rather not", "definitely not");
        }

        @Test
        void aDeletedValueStaysListedAndCanBeRestored() {
            Long maybe = poll.getAnswerValues().get(1).getId();

            poll.deleteAnswerValue(maybe);

            assertThat(poll.getAnswerValues())
                    .hasSize(4)
                    .extracting(AnswerValue::getTitle, AnswerValue::isDeleted)
                    .contains(tuple("maybe", true), tuple("yes", false));

            poll.restoreAnswerValue(maybe);

            assertThat(poll.getAnswerValues()).noneMatch(AnswerValue::isDeleted);
        }

        @Test
        void aDeletedValueCanBeEdited() {
            Long maybe = poll.getAnswerValues().get(1).getId();
            poll.deleteAnswerValue(maybe);

            poll.editAnswerValue(maybe, draft("perhaps", "0.5"));

            assertThat(poll.answerValue(maybe).getTitle()).isEqualTo("perhaps");
            assertThat(poll.answerValue(maybe).isDeleted()).isTrue();
        }

        @Test
        void anIdOfAnotherPollIsNotFoundAndNothingChanges() {
            Poll other = poll(PollType.UNIVERSAL);
            ManagementFixtures.setId(other.getAnswerValues().get(0), 999L);

            assertThatThrownBy(() -> poll.answerValue(999L)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> poll.editAnswerValue(999L, draft("x", "1")))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> poll.deleteAnswerValue(999L)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> poll.restoreAnswerValue(999L)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> poll.answerValue(null)).isInstanceOf(NotFoundException.class);
            assertThat(titles(poll)).containsExactly("yes", "maybe", "rather not", "no");
            assertThat(other.getAnswerValues().get(0).getTitle()).isEqualTo("yes");
        }

        @Test
        void aPollHasAtMost30Values() {
            for (int i = poll.getAnswerValues().size(); i < Poll.MAX_ANSWER_VALUES; i++) {
                poll.addAnswerValue(draft("v" + i, "0"));
            }

            assertThatThrownBy(() -> poll.addAnswerValue(draft("one too many", "0")))
                    .is(violating(PollRule.TOO_MANY_ANSWER_VALUES));
            assertThat(poll.getAnswerValues()).hasSize(Poll.MAX_ANSWER_VALUES);
        }

        @Test
        void weightsAreComparedAsNumbersNotByScale() {
            poll.addAnswerValue(draft("b", "1.00"));
            poll.addAnswerValue(draft("a", "1"));

            assertThat(titles(poll).subList(0, 3)).containsExactly("a", "b", "yes");
            assertThat(poll.getAnswerValues().get(0).getWeight()).isEqualTo(new BigDecimal("1"));
        }
    }
}
