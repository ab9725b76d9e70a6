package org.bitpoll.account.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.bitpoll.platform.error.RuleViolation;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters (at most {@value #MAX_LENGTH}, bcrypt reads
 * no more than 72 bytes), not one of the {@link #commonPasswords() common passwords}, and not the user name: it
 * must neither contain the user name (of {@value #MIN_NAME_IN_PASSWORD} characters or more) nor be part of it,
 * ignoring case. The common passwords are the 30 000 most used ones of the list zxcvbn ships (from leaked password
 * sets, compiled by Mark Burnett and the zxcvbn authors, MIT licence), read from the {@code com.nulab-inc:zxcvbn}
 * jar; a password is common when its lower-case form is on the list.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 72;
    /** Shorter user names are not looked for inside a password: "al" is part of too many. */
    static final int MIN_NAME_IN_PASSWORD = 3;

    /** Where zxcvbn4j keeps its list of passwords, one per line, most common first. */
    static final String COMMON_PASSWORDS = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** Checks a new password for the account with this user name; the first broken rule is thrown. */
    public static void check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new RuleViolation(AccountRule.PASSWORD_TOO_SHORT, MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
            throw new RuleViolation(AccountRule.PASSWORD_TOO_LONG, MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            throw new RuleViolation(AccountRule.PASSWORD_TOO_COMMON);
        }
        String name = username == null ? "" : username.toLowerCase(Locale.ROOT);
        if (!name.isEmpty()
                && (name.contains(lower) || name.length() >= MIN_NAME_IN_PASSWORD && lower.contains(name))) {
            throw new RuleViolation(AccountRule.PASSWORD_LIKE_USERNAME);
        }
    }

    /** Checks a new password and that its confirmation is the same. */
    public static void check(String password, String confirmation, String username) {
        check(password, username);
        if (!password.equals(confirmation)) {
            throw new RuleViolation(AccountRule.PASSWORD_MISMATCH);
        }
    }

    /** The common passwords, lower case. */
    static Set<String> commonPasswords() {
        return COMMON;
    }

    private static Set<String> load() {
        InputStream list = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS);
        if (list == null) {
            throw new IllegalStateException("the list of common passwords is missing: " + COMMON_PASSWORDS);
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            return lines.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
