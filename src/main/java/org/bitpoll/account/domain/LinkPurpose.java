package org.bitpoll.account.domain;

/** What a mailed link is for; part of the signed content, so a link made for one purpose never works for another. */
public enum LinkPurpose {
    /** Creates the account a stranger asked for (F28); carries the {@link AccountRequest}. */
    REGISTRATION,
    /** Sets a new password of a local account (F29); carries the account id. */
    PASSWORD_RESET,
    /** Confirms a new e-mail address of an account (F29); carries the account id and the address. */
    EMAIL_CHANGE,
    /** The anti-spam question a guest answers before commenting (F23); carries the poll id and the question. */
    COMMENT_CHALLENGE
}
