package org.bitpoll.account.domain;

import org.bitpoll.platform.error.RuleViolation;

/**
 * What a stranger asks for on the registration form (F28): user name, first and last name, e-mail address and
 * whether invitations may come by mail. Nothing is stored until the mailed link is followed; the link carries
 * exactly these fields, signed. {@link #checked} applies the rules of each field.
 */
public record AccountRequest(
        String username, String firstName, String lastName, String email, boolean emailInvitation) {

    public static final int MAX_NAME_LENGTH = 150;

    /** The request with blanks stripped, if every field follows its rule (the first broken rule is thrown). */
    public AccountRequest checked() {
        return new AccountRequest(
                Usernames.check(username),
                name(firstName, AccountRule.FIRST_NAME_REQUIRED),
                name(lastName, AccountRule.LAST_NAME_REQUIRED),
                EmailAddresses.check(email),
                emailInvitation);
    }

    private static String name(String value, AccountRule required) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            throw new RuleViolation(required);
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            throw new RuleViolation(AccountRule.NAME_TOO_LONG, MAX_NAME_LENGTH);
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new RuleViolation(AccountRule.NAME_INVALID);
        }
        return name;
    }
}
