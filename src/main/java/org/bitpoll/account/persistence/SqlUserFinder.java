package org.bitpoll.account.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import org.bitpoll.account.domain.UserSearch;
import org.bitpoll.account.domain.UserSuggestion;

/**
 * The autocomplete's queries in SQL that H2 and PostgreSQL both run: {@code LIKE} prefixes with the wildcards of
 * the typed text escaped, and {@code ltrim(text, '0123456789')} for user names after a leading digit run (the
 * reference's {@code regexp_replace} exists on PostgreSQL only). The statements and their parameters are
 * package-visible so a test runs them on both databases.
 */
@ApplicationScoped
class SqlUserFinder implements UserSearch.Finder {

    private static final String COLUMNS = "SELECT id, username, first_name, last_name, display_name FROM account ";

    /** The active account with this lower-cased user name. */
    static final String BY_USERNAME = COLUMNS + "WHERE active = TRUE AND lower(username) = ?";

    /** Active accounts by a prefix of the user name (also after digits or an "x"), first or last name. */
    static final String BY_PREFIX = COLUMNS
            + "WHERE active = TRUE AND (lower(username) LIKE ? ESCAPE '\\' "
            + "OR ltrim(lower(username), '0123456789') LIKE ? ESCAPE '\\' "
            + "OR lower(username) LIKE ? ESCAPE '\\' "
            + "OR lower(first_name) LIKE ? ESCAPE '\\' OR lower(last_name) LIKE ? ESCAPE '\\') "
            + "ORDER BY id";

    /** Active accounts by prefixes of the first and the last name. */
    static final String BY_NAMES = COLUMNS
            + "WHERE active = TRUE AND lower(first_name) LIKE ? ESCAPE '\\' "
            + "AND lower(last_name) LIKE ? ESCAPE '\\' ORDER BY id";

    @PersistenceContext(unitName = "bitpoll")
    private EntityManager em;

    @Override
    public Optional<UserSuggestion> findActiveByUsername(String username) {
        return suggestions(BY_USERNAME, List.of(username), 1).stream().findFirst();
    }

    @Override
    public List<UserSuggestion> findActiveByPrefix(String prefix, int limit) {
        return suggestions(BY_PREFIX, prefixParameters(prefix), limit);
    }

    @Override
    public List<UserSuggestion> findActiveByNames(String firstNamePrefix, String lastNamePrefix, int limit) {
        return suggestions(BY_NAMES, namesParameters(firstNamePrefix, lastNamePrefix), limit);
    }

    /** The parameters of {@link #BY_PREFIX}, in order. */
    static List<Object> prefixParameters(String prefix) {
        String pattern = likePrefix(prefix);
        return List.of(pattern, pattern, "x" + pattern, pattern, pattern);
    }

    /** The parameters of {@link #BY_NAMES}, in order. */
    static List<Object> namesParameters(String firstNamePrefix, String lastNamePrefix) {
        return List.of(likePrefix(firstNamePrefix), likePrefix(lastNamePrefix));
    }

    /** The typed text as a {@code LIKE} prefix: its own {@code %}, {@code _} and backslashes match literally. */
    static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private List<UserSuggestion> suggestions(String sql, List<Object> parameters, int limit) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<?> rows = query.setMaxResults(limit).getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new UserSuggestion(
                        ((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3], (String)
                                row[4]))
                .toList();
    }
}
