package org.bitpoll.poll.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void fromTitleTurnsRunsOfWhitespaceIntoOneDash() {
        assertThat(Slugs.fromTitle("Team   meeting\t\nnext week")).isEqualTo("team-meeting-next-week");
    }

    @Test
    void fromTitleTreatsUnicodeSpacesAsWhitespace() {
        // reference slug.js uses the JavaScript \s, which includes no-break and other Unicode spaces
        assertThat(Slugs.fromTitle("Team\u00A0meeting")).isEqualTo("team-meeting");
        assertThat(Slugs.fromTitle("Team\u2003meeting")).isEqualTo("team-meeting");
    }

    @Test
    void fromTitleTurnsRunsOfPlusIntoOneDash() {
        assertThat(Slugs.fromTitle("C++ and C")).isEqualTo("c-and-c");
        assertThat(Slugs.fromTitle("a+b")).isEqualTo("a-b");
        assertThat(Slugs.fromTitle("a + + b")).isEqualTo("a-b");
    }

    @Test
    void fromTitleStripsCharactersOutsideTheSlugAlphabet() {
        assertThat(Slugs.fromTitle("What's up? (Hi!)")).isEqualTo("whats-up-hi");
        assertThat(Slugs.fromTitle("snake_case-and-dash")).isEqualTo("snake_case-and-dash");
    }

    @Test
    void fromTitleSpellsOutGermanUmlautsAndSharpS() {
        assertThat(Slugs.fromTitle("Müller Straße")).isEqualTo("mueller-strasse");
        assertThat(Slugs.fromTitle("Ärger über Öl")).isEqualTo("aerger-ueber-oel");
        assertThat(Slugs.fromTitle("GROẞE Grüße")).isEqualTo("grosse-gruesse");
    }

    @Test
    void fromTitleSpellsOutUmlautsTypedAsLetterAndCombiningMark() {
        assertThat(Slugs.fromTitle("Mu\u0308ller")).isEqualTo("mueller");
    }

    @Test
    void fromTitleDropsOtherAccents() {
        assertThat(Slugs.fromTitle("Café Crème")).isEqualTo("cafe-creme");
        assertThat(Slugs.fromTitle("Perché è così")).isEqualTo("perche-e-cosi");
        assertThat(Slugs.fromTitle("Señor Ångel")).isEqualTo("senor-angel");
    }

    @Test
    void fromTitleDropsLettersWithoutALatinSpelling() {
        assertThat(Slugs.fromTitle("Łódź 2030")).isEqualTo("odz-2030");
        assertThat(Slugs.fromTitle("Встреча")).isEmpty();
    }

    @Test
    void fromTitleCollapsesRepeatedDashes() {
        assertThat(Slugs.fromTitle("a---b")).isEqualTo("a-b");
        assertThat(Slugs.fromTitle("a - b")).isEqualTo("a-b");
        assertThat(Slugs.fromTitle("a -!- b")).isEqualTo("a-b");
    }

    @Test
    void fromTitleTrimsLeadingAndTrailingDashes() {
        assertThat(Slugs.fromTitle("  --Hello--  ")).isEqualTo("hello");
        assertThat(Slugs.fromTitle("!Hello!")).isEqualTo("hello");
    }

    @Test
    void fromTitleIsLowerCase() {
        assertThat(Slugs.fromTitle("Summer PARTY 2030")).isEqualTo("summer-party-2030");
    }

    @Test
    void fromTitleIsAtMost80CharactersLong() {
        String slug = Slugs.fromTitle("x".repeat(200));
        assertThat(slug).hasSize(Slugs.MAX_LENGTH).isEqualTo("x".repeat(80));
    }

    @Test
    void fromTitleDoesNotEndWithADashAfterCuttingTo80() {
        // a dash falls exactly on position 80 after cutting
        String title = "a".repeat(79) + " b" + "c".repeat(10);
        String slug = Slugs.fromTitle(title);
        assertThat(slug).isEqualTo("a".repeat(79));
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void fromTitleOfOnlySymbolsIsEmpty() {
        assertThat(Slugs.fromTitle("?!§$%&/()")).isEmpty();
        assertThat(Slugs.fromTitle(" + - + ")).isEmpty();
        assertThat(Slugs.fromTitle("")).isEmpty();
        assertThat(Slugs.fromTitle(null)).isEmpty();
    }

    @Test
    void fromTitleResultIsValidWhenNotEmpty() {
        assertThat(Slugs.isValid(Slugs.fromTitle("Lunch on Friday, 12:30 @ Café")))
                .isTrue();
    }

    @Test
    void randomHasTenCharacters() {
        assertThat(Slugs.random()).hasSize(Slugs.RANDOM_LENGTH).hasSize(10);
    }

    @Test
    void randomUsesOnlyTheRandomAlphabet() {
        for (int i = 0; i < 500; i++) {
            String slug = Slugs.random();
            for (char c : slug.toCharArray()) {
                assertThat(Slugs.RANDOM_ALPHABET).contains(String.valueOf(c));
            }
            assertThat(Slugs.isValid(slug)).isTrue();
        }
    }

    @Test
    void randomAlphabetHasNoEasilyConfusedCharacters() {
        assertThat(Slugs.RANDOM_ALPHABET).doesNotContain("I", "O", "S", "i", "l", "o");
        assertThat(Slugs.RANDOM_ALPHABET).contains("A", "Z", "a", "z", "0", "9");
    }

    @Test
    void randomNeverProducesEasilyConfusedCharacters() {
        for (int i = 0; i < 500; i++) {
            assertThat(Slugs.random()).doesNotContain("I", "O", "S", "i", "l", "o");
        }
    }

    @Test
    void twoRandomSlugsDiffer() {
        assertThat(Slugs.random()).isNotEqualTo(Slugs.random());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(Slugs.random());
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void isValidAcceptsLettersDigitsUnderscoreAndDash() {
        assertThat(Slugs.isValid("a")).isTrue();
        assertThat(Slugs.isValid("Team-Meeting_2030")).isTrue();
        assertThat(Slugs.isValid("-")).isTrue();
        assertThat(Slugs.isValid("x".repeat(80))).isTrue();
    }

    @Test
    void isValidRejectsMoreThan80Characters() {
        assertThat(Slugs.isValid("x".repeat(81))).isFalse();
    }

    @Test
    void isValidRejectsEmptyAndNull() {
        assertThat(Slugs.isValid("")).isFalse();
        assertThat(Slugs.isValid(null)).isFalse();
    }

    @Test
    void isValidRejectsSpacesAndOtherCharacters() {
        assertThat(Slugs.isValid("team meeting")).isFalse();
        assertThat(Slugs.isValid(" team")).isFalse();
        assertThat(Slugs.isValid("a/b")).isFalse();
        assertThat(Slugs.isValid("grüße")).isFalse();
        assertThat(Slugs.isValid("a.b")).isFalse();
        assertThat(Slugs.isValid("a+b")).isFalse();
    }
}
