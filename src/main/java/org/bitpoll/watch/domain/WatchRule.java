package org.bitpoll.watch.domain;

import org.bitpoll.platform.error.Rule;

/** The rules of watching, by the bundle key of their message. */
public enum WatchRule implements Rule {
    LOGIN_REQUIRED("error.watch.loginRequired"),
    RESULTS_HIDDEN("error.watch.resultsHidden");

    private final String messageKey;

    WatchRule(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
