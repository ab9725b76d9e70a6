package org.bitpoll.account.domain;

import java.util.Objects;

/**
 * What a person sets on their settings page (F31): the name shown for them (empty: "first name (username)"), the
 * language of the pages and mails, the time zone of polls that show times in the viewer's zone, whether voting
 * on a poll starts watching it, and whether invitations to polls reach them by mail.
 */
public record AccountSettings(
        String displayName, String language, String timeZone, boolean autoWatch, boolean emailInvitation) {

    public AccountSettings {
        displayName = displayName == null ? "" : displayName.strip();
        language = Objects.requireNonNullElse(language, "");
        timeZone = Objects.requireNonNullElse(timeZone, "");
    }

    /** The settings an account has now. */
    public static AccountSettings of(Account account) {
        return new AccountSettings(
                account.getDisplayName(),
                account.getLanguage(),
                account.getTimeZoneName(),
                account.isAutoWatch(),
                account.isEmailInvitation());
    }
}
