package org.bitpoll.poll.domain;

import org.bitpoll.platform.error.RuleViolation;

/** The rule for poll titles, wherever one is typed (creation, settings, copy): 1 to 80 characters, stripped. */
public final class PollTitles {

    private PollTitles() {}

    /** The stripped title; refused when empty or only blanks, or longer than {@link Poll#MAX_TITLE_LENGTH}. */
    public static String require(String typed) {
        String title = typed == null ? "" : typed.strip();
        if (title.isEmpty()) {
            throw new RuleViolation(PollRule.TITLE_REQUIRED);
        }
        if (title.length() > Poll.MAX_TITLE_LENGTH) {
            throw new RuleViolation(PollRule.TITLE_TOO_LONG);
        }
        return title;
    }
}
