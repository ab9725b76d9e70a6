package org.bitpoll.account.domain;

import org.bitpoll.platform.error.Rule;

/** The rules of logging in, each with its message key in the {@code text} bundle. */
public enum AccountRule implements Rule {
    /** Wrong password, unknown or disabled user: one message for all, so nobody learns which it was. */
    LOGIN_REFUSED("error.login.refused"),
    /** Too many wrong passwords for this account or from this client lately (the message says how long to wait). */
    LOGIN_THROTTLED("error.login.throttled");

    private final String messageKey;

    AccountRule(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
