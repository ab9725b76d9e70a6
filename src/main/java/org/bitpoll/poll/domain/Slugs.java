package org.bitpoll.poll.domain;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The URL names of polls: derived from a title, or random. */
public final class Slugs {

    /** Longest URL name, as the column allows. */
    public static final int MAX_LENGTH = 80;
    /** Length of a random URL name. */
    public static final int RANDOM_LENGTH = 10;
    /** Letters and digits without the easily confused I, O, S, i, l and o. */
    public static final String RANDOM_ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZabcdefghjkmnpqrstuvwxyz0123456789";

    /** German letters spelled out as German writes them without umlauts; other accents are dropped. */
    private static final Map<Character, String> SPELLED_OUT =
            Map.of('ä', "ae", 'ö', "oe", 'ü', "ue", 'Ä', "Ae", 'Ö', "Oe", 'Ü', "Ue", 'ß', "ss", 'ẞ', "SS");

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern VALID = Pattern.compile("[a-zA-Z0-9_-]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}+]+");
    private static final Pattern INVALID_CHARACTERS = Pattern.compile("[^a-zA-Z0-9_-]");
    private static final Pattern DASHES = Pattern.compile("-{2,}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Slugs() {}

    /**
     * The URL name that follows a title: German umlauts and ß are spelled out ({@code ä} → {@code ae}, {@code ß}
     * → {@code ss}), other letters lose their accents ({@code é} → {@code e}), runs of whitespace (Unicode spaces
     * too) or {@code +} become {@code -}, other characters outside {@code [a-zA-Z0-9_-]} are dropped, dashes
     * collapse and are trimmed, and the result is lower case and at most {@link #MAX_LENGTH} long. May be empty
     * (a title of only symbols). {@code bitpoll.js} mirrors this rule while the creator types.
     */
    public static String fromTitle(String title) {
        if (title == null) {
            return "";
        }
        String slug = SEPARATORS.matcher(transliterate(title)).replaceAll("-");
        slug = INVALID_CHARACTERS.matcher(slug).replaceAll("");
        slug = DASHES.matcher(slug).replaceAll("-");
        slug = trimDashes(slug).toLowerCase(Locale.ROOT);
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

    /** The title in Latin letters without accents, as far as it can be spelled so. */
    static String transliterate(String title) {
        StringBuilder spelled = new StringBuilder(title.length());
        Normalizer.normalize(title, Normalizer.Form.NFC)
                .chars()
                .forEach(c -> spelled.append(SPELLED_OUT.getOrDefault((char) c, String.valueOf((char) c))));
        String decomposed = Normalizer.normalize(spelled, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("");
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
