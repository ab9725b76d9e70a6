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
 * reference's {@code regexp_replace} exists on PostgreSQL only).
 */
@ApplicationScoped
class SqlUserFinder implements UserSearch.Finder {

    private static final String COLUMNS = "SELECT id, username, first_name, last_name, display_name FROM account ";

    @PersistenceContext(unitName = "bitpoll")
    private EntityManager em;

    @Override
    public Optional<UserSuggestion> findActiveByUsername(String username) {
        Query query = em.createNativeQuery(COLUMNS + "WHERE active = TRUE AND lower(username) = ?")
                .setParameter(1, username);
        return suggestions(query, 1).stream().findFirst();
    }

    @Override
    public List<UserSuggestion> findActiveByPrefix(String prefix, int limit) {
        String pattern = likePrefix(prefix);
        Query query = em.createNativeQuery(COLUMNS
                        + "WHERE active = TRUE AND (lower(username) LIKE ? ESCAPE '\\' "
                        + "OR ltrim(lower(username), '0123456789') LIKE ? ESCAPE '\\' "
                        + "OR lower(username) LIKE ? ESCAPE '\\' "
                        + "OR lower(first_name) LIKE ? ESCAPE '\\' OR lower(last_name) LIKE ? ESCAPE '\\') "
                        + "ORDER BY id")
                .setParameter(1, pattern)
                .setParameter(2, pattern)
                .setParameter(3, "x" + pattern)
                .setParameter(4, pattern)
                .setParameter(5, pattern);
        return suggestions(query, limit);
    }

    @Override
    public List<UserSuggestion> findActiveByNames(String firstNamePrefix, String lastNamePrefix, int limit) {
        Query query = em.createNativeQuery(COLUMNS
                        + "WHERE active = TRUE AND lower(first_name) LIKE ? ESCAPE '\\' "
                        + "AND lower(last_name) LIKE ? ESCAPE '\\' ORDER BY id")
                .setParameter(1, likePrefix(firstNamePrefix))
                .setParameter(2, likePrefix(lastNamePrefix));
        return suggestions(query, limit);
    }

    /** The typed text as a {@code LIKE} prefix: its own {@code %}, {@code _} and backslashes match literally. */
    static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static List<UserSuggestion> suggestions(Query query, int limit) {
        List<?> rows = query.setMaxResults(limit).getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new UserSuggestion(
                        ((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3], (String)
                                row[4]))
                .toList();
    }
}
