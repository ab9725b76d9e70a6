package org.bitpoll.vote.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The texts of a summary cell in the viewer's language: the score as a percentage with one decimal
 * ({@code 75.0%}, {@code 75,0 %} in German), the weight sum with two, and "n/a" for an option nobody answered.
 * The column filter gets the percentage as a plain number with a dot, whatever the language.
 */
final class ScoreTexts {

    private final NumberFormat percent;
    private final NumberFormat sums;
    private final String notAvailable;

    ScoreTexts(Locale locale, String notAvailable) {
        this.notAvailable = notAvailable;
        percent = NumberFormat.getPercentInstance(locale);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        percent.setRoundingMode(RoundingMode.HALF_UP);
        sums = NumberFormat.getNumberInstance(locale);
        sums.setMinimumFractionDigits(2);
        sums.setMaximumFractionDigits(2);
        sums.setRoundingMode(RoundingMode.HALF_UP);
    }

    /** The score (a share of 1) as the language writes a percentage, or "n/a". */
    String percentage(Double score) {
        return score == null ? notAvailable : percent.format(share(score));
    }

    /** The weight sum with two decimals, or "n/a". */
    String sum(BigDecimal sum) {
        return sum == null ? notAvailable : sums.format(sum);
    }

    /** The percentage for the column filter: {@code 12.5}, 0 for "n/a". */
    static String filterValue(Double score) {
        return score == null ? "0" : share(score).movePointRight(2).toPlainString();
    }

    private static BigDecimal share(double score) {
        return BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP);
    }
}
