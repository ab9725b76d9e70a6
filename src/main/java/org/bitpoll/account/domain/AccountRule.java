package org.bitpoll.account.domain;

import org.bitpoll.platform.error.Rule;

/**
 * The rules of accounts: logging in, registering, resetting a password, changing an address, the account
 * settings and administering accounts, each with its message key in the {@code text} bundle.
 */
public enum AccountRule implements Rule {
    /** Wrong password, unknown or disabled user: one message for all, so nobody learns which it was. */
    LOGIN_REFUSED("error.login.refused"),
    /** Too many wrong passwords for this account or from this client lately (the message says how long to wait). */
    LOGIN_THROTTLED("error.login.throttled"),
    /** A failed login of a name that is no local account while the directory does not answer: try again later. */
    DIRECTORY_UNREACHABLE("error.login.directoryUnreachable"),
    /** A new user name cannot be checked against the directory while it does not answer. */
    DIRECTORY_UNREACHABLE_FOR_NAMES("error.account.directoryUnreachable"),
    DISPLAY_NAME_TOO_LONG("error.account.displayName.tooLong"),
    LANGUAGE_UNKNOWN("error.account.language.unknown"),
    TIME_ZONE_UNKNOWN("error.account.timeZone.unknown"),
    DIRECTORY_OWNS_NAME("error.account.directoryOwnsName"),
    DIRECTORY_OWNS_FLAGS("error.account.directoryOwnsFlags"),
    NOT_YOURSELF("error.account.notYourself"),
    SITE_ADMIN_ONLY("error.account.siteAdminOnly"),
    USERNAME_REQUIRED("error.account.username.required"),
    USERNAME_INVALID("error.account.username.invalid"),
    USERNAME_TOO_LONG("error.account.username.tooLong"),
    USERNAME_TAKEN("error.account.username.taken"),
    FIRST_NAME_REQUIRED("error.account.firstName.required"),
    LAST_NAME_REQUIRED("error.account.lastName.required"),
    NAME_TOO_LONG("error.account.name.tooLong"),
    NAME_INVALID("error.account.name.invalid"),
    EMAIL_INVALID("error.account.email.invalid"),
    EMAIL_TAKEN("error.account.email.taken"),
    EMAIL_UNCHANGED("error.account.email.unchanged"),
    PASSWORD_TOO_SHORT("error.account.password.tooShort"),
    PASSWORD_TOO_LONG("error.account.password.tooLong"),
    PASSWORD_TOO_COMMON("error.account.password.common"),
    PASSWORD_LIKE_USERNAME("error.account.password.likeUsername"),
    PASSWORD_MISMATCH("error.account.password.mismatch"),
    OLD_PASSWORD_WRONG("error.account.password.oldWrong"),
    LINK_INVALID("error.account.link.invalid"),
    LINK_EXPIRED("error.account.link.expired"),
    LINK_USED("error.account.link.used"),
    LINK_OTHER_ACCOUNT("error.account.link.otherAccount"),
    DIRECTORY_ACCOUNT("error.account.directory"),
    LOGIN_REQUIRED("error.account.loginRequired"),
    MAIL_FAILED("error.account.mail.failed"),
    TOO_MANY_REGISTRATIONS_FROM_CLIENT("error.account.limit.registrationsFromClient"),
    TOO_MANY_REGISTRATIONS_FOR_EMAIL("error.account.limit.registrationsForEmail"),
    TOO_MANY_RESETS_FROM_CLIENT("error.account.limit.resetsFromClient"),
    TOO_MANY_RESETS_FOR_EMAIL("error.account.limit.resetsForEmail");

    private final String messageKey;

    AccountRule(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
