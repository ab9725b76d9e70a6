package org.bitpoll.account.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlUserFinderTest {

    @Test
    void theWildcardsOfTypedTextMatchLiterally() {
        assertThat(SqlUserFinder.likePrefix("ann")).isEqualTo("ann%");
        assertThat(SqlUserFinder.likePrefix("a_b%c\\")).isEqualTo("a\\_b\\%c\\\\%");
    }
}
