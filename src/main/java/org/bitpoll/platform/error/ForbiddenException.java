package org.bitpoll.platform.error;

/** The visitor may not do or see this: an HTTP 403. The rule says why (for the log; the page says no more). */
public class ForbiddenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(Rule rule) {
        super(rule.messageKey());
    }
}
