package org.bitpoll.poll.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.bitpoll.platform.error.RuleViolation;

/**
 * An answer value as the editor sends it, checked (§4.3 with the product's fixes): a title of 1 to 80 characters
 * (stripped), an icon from {@link AnswerIcons}, a colour of exactly six hex digits (a leading {@code #} is
 * dropped) and a weight with at most two decimals between -999.99 and 999.99.
 */
public record AnswerValueDraft(String title, String icon, String color, BigDecimal weight) {

    /** Longest title, as the column allows. */
    public static final int MAX_TITLE_LENGTH = 80;
    /** Largest weight either way: five digits, two of them decimals. */
    public static final BigDecimal MAX_WEIGHT = new BigDecimal("999.99");

    private static final Pattern COLOR = Pattern.compile("[a-fA-F0-9]{6}");
    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)");

    public AnswerValueDraft {
        title = title == null ? "" : title.strip();
        if (title.isEmpty()) {
            throw new RuleViolation(PollRule.ANSWER_TITLE_REQUIRED);
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new RuleViolation(PollRule.ANSWER_TITLE_TOO_LONG, String.valueOf(MAX_TITLE_LENGTH));
        }
        if (!AnswerIcons.isOffered(icon)) {
            throw new RuleViolation(PollRule.ANSWER_ICON_UNKNOWN, icon == null ? "" : icon);
        }
        color = color == null ? "" : color.strip();
        if (color.startsWith("#")) {
            color = color.substring(1);
        }
        if (!COLOR.matcher(color).matches()) {
            throw new RuleViolation(PollRule.ANSWER_COLOR_INVALID);
        }
        if (weight == null) {
            throw new RuleViolation(PollRule.WEIGHT_INVALID);
        }
        if (weight.stripTrailingZeros().scale() > 2 || weight.abs().compareTo(MAX_WEIGHT) > 0) {
            throw new RuleViolation(PollRule.WEIGHT_OUT_OF_RANGE);
        }
    }

    /** A draft from the editor's text fields; the weight may use a decimal point or a comma. */
    public static AnswerValueDraft parse(String title, String icon, String color, String weight) {
        return new AnswerValueDraft(title, icon, color, parseWeight(weight));
    }

    static BigDecimal parseWeight(String typed) {
        String weight = typed == null ? "" : typed.strip().replace(',', '.').toLowerCase(Locale.ROOT);
        if (!NUMBER.matcher(weight).matches()) {
            throw new RuleViolation(PollRule.WEIGHT_INVALID);
        }
        return new BigDecimal(weight);
    }
}
