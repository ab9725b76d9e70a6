package org.bitpoll.group.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GroupNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "Team-1", "a.b-c", "Z99", "Lab.2026"})
    void lettersDigitsDotsAndDashesAfterALetterAreAName(String name) {
        assertThat(GroupNames.problem(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1abc", "-abc", ".abc", "ab c", "team_1", "tëam", "a/b", " abc", "abc!"})
    void anythingElseIsInvalid(String name) {
        assertThat(GroupNames.problem(name)).contains(GroupRule.NAME_INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "ab", "a1", "b."})
    void aNameOfTheRightShapeButShorterThanThreeIsTooShort(String name) {
        assertThat(GroupNames.problem(name)).contains(GroupRule.NAME_TOO_SHORT);
    }

    @org.junit.jupiter.api.Test
    void theShapeIsCheckedBeforeTheLengthAsInTheReference() {
        assertThat(GroupNames.problem("1")).contains(GroupRule.NAME_INVALID);
        assertThat(GroupNames.problem(null)).contains(GroupRule.NAME_INVALID);
    }

    @org.junit.jupiter.api.Test
    void aNameLongerThanTheColumnIsTooLong() {
        assertThat(GroupNames.problem("a".repeat(150))).isEmpty();
        assertThat(GroupNames.problem("a".repeat(151))).contains(GroupRule.NAME_TOO_LONG);
    }

    @ParameterizedTest
    @CsvSource({"Team, team", "TEAM, team", "tEaM-1.X, team-1.x", "Iris, iris"})
    void namesThatDifferOnlyInCaseHaveTheSameKey(String name, String key) {
        assertThat(GroupNames.key(name)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"alice, bob|alice,bob", " alice  bob ,alice |alice,bob", "' , ,'|''"})
    void inviteesAreSeparatedByCommasOrBlanks(String typed, String expected) {
        assertThat(String.join(",", Invitees.parse(typed))).isEqualTo(expected);
    }
}
