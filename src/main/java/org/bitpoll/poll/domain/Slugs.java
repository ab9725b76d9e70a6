package org.bitpoll.poll.domain;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/** The URL names of polls: derived from a title, or random. */
public final class Slugs {

    /** Longest URL name, as the column allows. */
    public static final int MAX_LENGTH = 80;
    /** Length of a random URL name. */
    public static final int RANDOM_LENGTH = 10;
    /** Letters and digits without the easily confused I, O, S, i, l and o. */
    public static final String RANDOM_ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZabcdefghjkmnpqrstuvwxyz0123456789";

    private static final Pattern VALID = Pattern.compile("[a-zA-Z0-9_-]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}+]+");
    private static final Pattern INVALID_CHARACTERS = Pattern.compile("[^a-zA-Z0-9_-]");
    private static final Pattern DASHES = Pattern.compile("-{2,}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Slugs() {}

    /**
     * The URL name that follows a title: runs of whitespace (Unicode spaces too) or {@code +} become {@code -}, other characters
     * outside {@code [a-zA-Z0-9_-]} are dropped, dashes collapse and are trimmed, and the result is lower case
     * and at most {@link #MAX_LENGTH} long. May be empty (a title of only symbols).
     */
    public static String fromTitle(String title) {
        if (title == null) {
            return "";
        }
        String slug = SEPARATORS.matcher(title).replaceAll("-");
        slug = INVALID_CHARACTERS.matcher(slug).replaceAll("");
        slug = DASHES.matcher(slug).replaceAll("-");
        slug = trimDashes(slug).toLowerCase(java.util.Locale.ROOT);
        if (slug.length() > MAX_LENGTH) {
            slug = trimDashes(slug.substring(0, MAX_LENGTH));
        }
        return slug;
    }

    /** A fresh random URL name of {@link #RANDOM_LENGTH} characters from {@link #RANDOM_ALPHABET}. */
    public static String random() {
        StringBuilder slug = new StringBuilder(RANDOM_LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            slug.append(RANDOM_ALPHABET.charAt(RANDOM.nextInt(RANDOM_ALPHABET.length())));
        }
        return slug.toString();
    }

    /** Whether a URL name is allowed: 1 to 80 characters from {@code [a-zA-Z0-9_-]}. */
    public static boolean isValid(String slug) {
        return slug != null
                && slug.length() <= MAX_LENGTH
                && VALID.matcher(slug).matches();
    }

    private static String trimDashes(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
