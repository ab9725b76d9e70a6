package org.bitpoll.account.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.bitpoll.platform.error.RuleViolation;

/**
 * What counts as an e-mail address here: a local part of the characters RFC 5322 allows unquoted (dots not
 * first, last or doubled), an {@code @}, and a domain of at least two labels; at most {@value #MAX_LENGTH}
 * characters, no blanks or line breaks (so an address can never add a mail header). Addresses are compared
 * without case.
 */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;

    private static final Pattern ADDRESS =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private EmailAddresses() {}

    /** The address without surrounding blanks, if it is one. */
    public static String check(String address) {
        String value = address == null ? "" : address.strip();
        if (value.isEmpty()
                || value.length() > MAX_LENGTH
                || !ADDRESS.matcher(value).matches()) {
            throw new RuleViolation(AccountRule.EMAIL_INVALID);
        }
        return value;
    }

    /** The form addresses are compared in. */
    public static String key(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
