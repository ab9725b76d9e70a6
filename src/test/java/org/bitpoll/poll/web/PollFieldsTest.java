package org.bitpoll.poll.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.bitpoll.poll.domain.PollRule;
import org.junit.jupiter.api.Test;

/** The poll pages show a broken rule next to the field it concerns, or at the top of the page. */
class PollFieldsTest {

    private final PollFields fields = new PollFields();

    @Test
    void rulesOfOneFieldNameIt() {
        assertThat(fields.fieldOf(PollRule.TITLE_TOO_LONG)).isEqualTo("title");
        assertThat(fields.fieldOf(PollRule.TIME_ZONE_UNKNOWN)).isEqualTo("timeZone");
        assertThat(fields.fieldOf(PollRule.DATE_SHIFT_INVALID)).isEqualTo("dateShift");
        assertThat(fields.fieldOf(PollRule.ANSWER_TITLE_REQUIRED)).isEqualTo("valueTitle");
        assertThat(fields.fieldOf(PollRule.ANSWER_ICON_UNKNOWN)).isEqualTo("valueIcon");
        assertThat(fields.fieldOf(PollRule.ANSWER_COLOR_INVALID)).isEqualTo("valueColor");
        assertThat(fields.fieldOf(PollRule.WEIGHT_OUT_OF_RANGE)).isEqualTo("valueWeight");
    }

    @Test
    void rulesOfTheWholeFormNameNoField() {
        assertThat(fields.fieldOf(PollRule.TOO_MANY_ANSWER_VALUES)).isNull();
        assertThat(fields.fieldOf(PollRule.TOO_MANY_CHOICES)).isNull();
    }
}
