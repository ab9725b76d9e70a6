package org.bitpoll.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The admin searches' patterns: the text is found literally, anywhere, in any case. */
class LikeTest {

    @Test
    void findsTheTextAnywhereInAnyCase() {
        assertThat(Like.containing(" Team Lunch ")).isEqualTo("%team lunch%");
    }

    @Test
    void escapesTheWildcardsAndTheEscapeCharacter() {
        assertThat(Like.containing("100%_done!")).isEqualTo("%100!%!_done!!%");
    }

    @Test
    void noTextFindsEverything() {
        assertThat(Like.containing(null)).isEqualTo("%%");
        assertThat(Like.containing("  ")).isEqualTo("%%");
    }
}
