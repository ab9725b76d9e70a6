package org.bitpoll.poll.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChoiceLabelsTest {

    @Test
    void slashSplitsIntoGroupAndLabel() {
        assertThat(ChoiceLabels.path("Lunch/Mon")).containsExactly("Lunch", "Mon");
        assertThat(ChoiceLabels.path("a/b/c")).containsExactly("a", "b", "c");
    }

    @Test
    void textWithoutSlashIsOneLabel() {
        assertThat(ChoiceLabels.path("Pizza")).containsExactly("Pizza");
    }

    @Test
    void escapedSlashIsALiteralSlash() {
        assertThat(ChoiceLabels.path("A\\/B")).containsExactly("A/B");
        assertThat(ChoiceLabels.path("G/A\\/B")).containsExactly("G", "A/B");
    }

    @Test
    void escapedBackslashIsOneBackslash() {
        assertThat(ChoiceLabels.path("\\\\")).containsExactly("\\");
        // an escaped backslash does not escape the slash that follows
        assertThat(ChoiceLabels.path("a\\\\/b")).containsExactly("a\\", "b");
    }

    @Test
    void backslashBeforeAnOrdinaryCharacterIsDropped() {
        assertThat(ChoiceLabels.path("\\a")).containsExactly("a");
    }

    @Test
    void trailingLoneBackslashIsKept() {
        assertThat(ChoiceLabels.path("abc\\")).containsExactly("abc\\");
        assertThat(ChoiceLabels.path("\\")).containsExactly("\\");
    }

    @Test
    void emptyPartsAreDropped() {
        assertThat(ChoiceLabels.path("a//b")).containsExactly("a", "b");
        assertThat(ChoiceLabels.path("/a/")).containsExactly("a");
        assertThat(ChoiceLabels.path("/")).isEmpty();
        assertThat(ChoiceLabels.path("")).isEmpty();
    }

    @Test
    void partsAreTrimmed() {
        assertThat(ChoiceLabels.path(" a / b ")).containsExactly("a", "b");
    }

    @Test
    void whitespaceOnlyPartBecomesAnEmptyLabel() {
        // reference F15: empty parts are dropped before stripping
        assertThat(ChoiceLabels.path("a/ /b")).containsExactly("a", "", "b");
    }
}
