package org.bitpoll.account.domain;

import org.bitpoll.platform.error.Rule;

/** The rules of account settings and of administering accounts, by the bundle key of their message. */
public enum AccountRule implements Rule {
    DISPLAY_NAME_TOO_LONG("error.account.displayName.tooLong"),
    LANGUAGE_UNKNOWN("error.account.language.unknown"),
    TIME_ZONE_UNKNOWN("error.account.timeZone.unknown"),
    DIRECTORY_OWNS_NAME("error.account.directoryOwnsName"),
    DIRECTORY_OWNS_FLAGS("error.account.directoryOwnsFlags"),
    NOT_YOURSELF("error.account.notYourself"),
    LOGIN_REQUIRED("error.account.loginRequired"),
    SITE_ADMIN_ONLY("error.account.siteAdminOnly");

    private final String messageKey;

    AccountRule(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
