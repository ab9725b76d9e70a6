package org.bitpoll.account.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The user autocomplete (reference F36): finds active accounts by user name, first or last name.
 *
 * <ol>
 *   <li>The terms are the typed text, stripped, lower-cased and split at white space; no terms, no suggestions.
 *   <li>An account whose user name equals the first term is always offered.
 *   <li>A first term shorter than {@link #MIN_PREFIX_LENGTH} finds only that exact match.
 *   <li>One term matches the start of the user name (also after a leading run of digits or an "x", as in
 *       student numbers), of the first name or of the last name.
 *   <li>Two or more terms match the start of the first name (first term) and of the last name (second term).
 *   <li>More than {@link #MAX_SUGGESTIONS} matches say too little: only the exact match is offered.
 *   <li>Suggestions are sorted by first name, last name and user name.
 * </ol>
 */
public final class UserSearch {

    /** Most suggestions offered. */
    public static final int MAX_SUGGESTIONS = 10;
    /** Shortest first term that is searched as a prefix. */
    public static final int MIN_PREFIX_LENGTH = 3;

    /** The queries the search needs, over active accounts only, every text compared in lower case. */
    public interface Finder {

        /** The active account whose lower-cased user name is {@code username}. */
        Optional<UserSuggestion> findActiveByUsername(String username);

        /**
         * Up to {@code limit} active accounts whose user name (as is, or without a leading digit run or "x"),
         * first name or last name starts with {@code prefix}.
         */
        List<UserSuggestion> findActiveByPrefix(String prefix, int limit);

        /** Up to {@code limit} active accounts whose first and last names start with these prefixes. */
        List<UserSuggestion> findActiveByNames(String firstNamePrefix, String lastNamePrefix, int limit);
    }

    private static final Comparator<UserSuggestion> ORDER = Comparator.comparing(
                    (UserSuggestion user) -> user.firstName().toLowerCase(Locale.ROOT))
            .thenComparing(user -> user.lastName().toLowerCase(Locale.ROOT))
            .thenComparing(UserSuggestion::username);

    private UserSearch() {}

    /** The terms of a typed text. */
    static List<String> terms(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.asList(typed.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }

    /** The suggestions for a typed text, at most {@link #MAX_SUGGESTIONS}, in display order. */
    public static List<UserSuggestion> suggest(String typed, Finder finder) {
        List<String> terms = terms(typed);
        if (terms.isEmpty()) {
            return List.of();
        }
        Optional<UserSuggestion> exact = finder.findActiveByUsername(terms.get(0));
        if (terms.get(0).length() < MIN_PREFIX_LENGTH) {
            return exact.map(List::of).orElse(List.of());
        }
        List<UserSuggestion> found = terms.size() == 1
                ? finder.findActiveByPrefix(terms.get(0), MAX_SUGGESTIONS + 1)
                : finder.findActiveByNames(terms.get(0), terms.get(1), MAX_SUGGESTIONS + 1);
        List<UserSuggestion> result = new ArrayList<>();
        exact.ifPresent(result::add);
        for (UserSuggestion user : found) {
            if (result.stream().noneMatch(known -> known.id().equals(user.id()))) {
                result.add(user);
            }
        }
        if (result.size() > MAX_SUGGESTIONS) {
            return exact.map(List::of).orElse(List.of());
        }
        result.sort(ORDER);
        return List.copyOf(result);
    }
}
