package org.bitpoll.invitation.domain;

import org.bitpoll.platform.error.Rule;

/** The rules of invitations and reminders, by the bundle key of their message. */
public enum InvitationRule implements Rule {
    NAMES_REQUIRED("error.invitation.namesRequired"),
    UNKNOWN_NAMES("error.invitation.unknownNames"),
    TOO_MANY_NAMES("error.invitation.tooManyNames"),
    RESENT_TOO_SOON("error.invitation.resentTooSoon"),
    NO_MAILS_WANTED("error.invitation.noMailsWanted"),
    MAIL_FAILED("error.invitation.mailFailed"),
    REMINDER_DAYS_INVALID("error.invitation.reminderDaysInvalid");

    private final String messageKey;

    InvitationRule(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
