package org.bitpoll.profile.domain;

import org.bitpoll.platform.error.Rule;

/** The rules of a person's own polls, data and leaving, by the bundle key of their message. */
public enum ProfileRule implements Rule {
    LOGIN_REQUIRED("error.account.loginRequired"),
    POLLS_CHANGED("error.account.delete.pollsChanged");

    private final String messageKey;

    ProfileRule(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
