package org.bitpoll.account.domain;

import org.bitpoll.platform.error.Rule;

/**
 * The rules of logging in, of account settings and of administering accounts, each with its message key in the
 * {@code text} bundle.
 */
public enum AccountRule implements Rule {
    /** Wrong password, unknown or disabled user: one message for all, so nobody learns which it was. */
    LOGIN_REFUSED("error.login.refused"),
    /** Too many wrong passwords for this account or from this client lately (the message says how long to wait). */
    LOGIN_THROTTLED("error.login.throttled"),
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
