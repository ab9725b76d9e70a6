package org.bitpoll.platform.error;

import org.assertj.core.api.Condition;

/** AssertJ condition for tests: the failure is a violation of this rule. */
public final class RuleViolations {

    private RuleViolations() {}

    public static Condition<Throwable> violating(Rule rule) {
        return new Condition<>(
                thrown -> thrown instanceof RuleViolation violation && violation.rule() == rule,
                "a violation of %s",
                rule);
    }
}
