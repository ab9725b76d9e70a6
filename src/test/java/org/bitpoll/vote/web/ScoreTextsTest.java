package org.bitpoll.vote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScoreTextsTest {

    @Test
    void percentagesFollowTheLanguage() {
        assertThat(new ScoreTexts(Locale.ENGLISH, "n/a").percentage(1.0)).isEqualTo("100.0%");
        assertThat(new ScoreTexts(Locale.GERMAN, "k. A.").percentage(1.0)).isEqualTo("100,0\u00a0%");
        assertThat(new ScoreTexts(Locale.ITALIAN, "n.d.").percentage(0.125)).isEqualTo("12,5%");
        assertThat(new ScoreTexts(Locale.GERMAN, "k. A.").percentage(null)).isEqualTo("k. A.");
    }

    @Test
    void roundsHalfUpToOneDecimal() {
        assertThat(new ScoreTexts(Locale.ENGLISH, "n/a").percentage(0.12345)).isEqualTo("12.3%");
        assertThat(new ScoreTexts(Locale.ENGLISH, "n/a").percentage(2.0 / 3)).isEqualTo("66.7%");
        assertThat(new ScoreTexts(Locale.ENGLISH, "n/a").percentage(0.0625)).isEqualTo("6.3%");
    }

    @Test
    void sumsHaveTwoDecimalsInTheLanguage() {
        assertThat(new ScoreTexts(Locale.GERMAN, "k. A.").sum(new BigDecimal("1234.5")))
                .isEqualTo("1.234,50");
        assertThat(new ScoreTexts(Locale.ENGLISH, "n/a").sum(null)).isEqualTo("n/a");
    }

    @Test
    void theColumnFilterGetsAPlainNumberWithADot() {
        assertThat(ScoreTexts.filterValue(0.125)).isEqualTo("12.5");
        assertThat(ScoreTexts.filterValue(1.0)).isEqualTo("100.0");
        assertThat(ScoreTexts.filterValue(null)).isEqualTo("0");
    }
}
