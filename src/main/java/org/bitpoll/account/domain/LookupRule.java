package org.bitpoll.account.domain;

import org.bitpoll.platform.error.Rule;

/** Why a lookup of accounts is refused, by the bundle key of its message. */
public enum LookupRule implements Rule {
    LOGIN_REQUIRED("error.lookup.loginRequired");

    private final String messageKey;

    LookupRule(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
