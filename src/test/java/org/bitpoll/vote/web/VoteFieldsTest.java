package org.bitpoll.vote.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.bitpoll.vote.domain.VoteRule;
import org.junit.jupiter.api.Test;

/** The vote form shows a broken rule next to the field it concerns, or at the top of the form. */
class VoteFieldsTest {

    private final VoteFields fields = new VoteFields();

    @Test
    void nameRulesNameTheNameField() {
        assertThat(fields.fieldOf(VoteRule.NAME_REQUIRED)).isEqualTo("name");
        assertThat(fields.fieldOf(VoteRule.NAME_TOO_LONG)).isEqualTo("name");
        assertThat(fields.fieldOf(VoteRule.ANONYMOUS_NOT_ALLOWED)).isEqualTo("anonymous");
    }

    @Test
    void rulesOfTheWholeVoteNameNoField() {
        assertThat(fields.fieldOf(VoteRule.ALL_CHOICES_REQUIRED)).isNull();
        assertThat(fields.fieldOf(VoteRule.POLL_CLOSED)).isNull();
    }
}
