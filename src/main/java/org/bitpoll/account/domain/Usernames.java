package org.bitpoll.account.domain;

import java.util.regex.Pattern;
import org.bitpoll.platform.error.RuleViolation;

/**
 * What a user name may be (as the reference's, Django's): letters, digits and {@code @ . + - _} only, at most
 * {@value #MAX_LENGTH} characters. Letters and digits are those of any script. Whether a name is taken is asked
 * of the accounts, without case: "Alice" and "alice" would be two people the directory cannot tell apart.
 */
public final class Usernames {

    public static final int MAX_LENGTH = 150;

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{Nd}@.+_-]+");

    private Usernames() {}

    /** The user name as entered, without surrounding blanks, if it follows the rule. */
    public static String check(String username) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty()) {
            throw new RuleViolation(AccountRule.USERNAME_REQUIRED);
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw new RuleViolation(AccountRule.USERNAME_TOO_LONG, MAX_LENGTH);
        }
        if (!ALLOWED.matcher(name).matches()) {
            throw new RuleViolation(AccountRule.USERNAME_INVALID);
        }
        return name;
    }
}
