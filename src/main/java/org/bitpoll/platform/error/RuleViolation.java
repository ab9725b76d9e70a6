package org.bitpoll.platform.error;

import java.util.Objects;

/** A broken {@link Rule}, with the arguments of its message: shown on the re-rendered form. */
public class RuleViolation extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final transient Rule rule;

    public RuleViolation(Rule rule, Object... arguments) {
        super(rule.messageKey(), arguments);
        this.rule = Objects.requireNonNull(rule);
    }

    public Rule rule() {
        return rule;
    }
}
