package org.bitpoll.platform.error;

/**
 * A business rule a request can break, named by its message key in the {@code text} bundle. Each feature lists
 * its rules in one enum ({@code PollRule.TITLE_REQUIRED("error.title.required")}); the page, not the rule, knows
 * which field it concerns.
 */
public interface Rule {

    String messageKey();

    String name();
}
