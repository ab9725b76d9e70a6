package org.bitpoll.poll.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bitpoll.account.domain.Account;
import org.bitpoll.platform.persistence.InstantConverter;
import org.bitpoll.platform.persistence.Like;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.poll.domain.PollRepository;
import org.bitpoll.poll.domain.RetentionDates;
import org.bitpoll.poll.domain.RetentionSweep;

@ApplicationScoped
class JpaPollRepository implements PollRepository {

    @PersistenceContext(unitName = "bitpoll")
    private EntityManager em;

    @Override
    public Optional<Poll> findBySlug(String slug) {
        return em.createNamedQuery("Poll.findBySlug", Poll.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Poll> findByManagementKeyHash(String hash) {
        return em.createNamedQuery("Poll.findByManagementKeyHash", Poll.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean slugExists(String slug) {
        return em.createNamedQuery("Poll.countBySlug", Long.class)
                        .setParameter("slug", slug)
                        .getSingleResult()
                > 0;
    }

    @Override
    public void add(Poll poll) {
        em.persist(poll);
    }

    @Override
    public void remove(Poll poll) {
        em.createNamedQuery("Poll.deleteById").setParameter("id", poll.getId()).executeUpdate();
    }

    @Override
    public void touchResults(Long pollId) {
        em.createNativeQuery("UPDATE poll SET results_version = results_version + 1 WHERE id = ?")
                .setParameter(1, pollId)
                .executeUpdate();
    }

    @Override
    public void touchResultsOfVoter(Long accountId) {
        em.createNativeQuery("UPDATE poll SET results_version = results_version + 1 "
                        + "WHERE id IN (SELECT poll_id FROM vote WHERE account_id = ?)")
                .setParameter(1, accountId)
                .executeUpdate();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<Listing> publicPolls() {
        return em.createNamedQuery("Poll.findPublic", Object[].class).setMaxResults(100).getResultList().stream()
                .map(row -> new Listing((String) row[0], (String) row[1]))
                .toList();
    }

    @Override
    public long count() {
        return em.createNamedQuery("Poll.count", Long.class).getSingleResult();
    }

    @Override
    public long voteCount() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM vote").getSingleResult()).longValue();
    }

    @Override
    public List<Found> search(String text, int first, int max) {
        return em
                .createNamedQuery("Poll.search", Object[].class)
                .setParameter("pattern", Like.containing(text))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(row -> new Found((String) row[0], (String) row[1], (Instant) row[2], (Account) row[3]))
                .toList();
    }

    @Override
    public long countSearch(String text) {
        return em.createNamedQuery("Poll.countSearch", Long.class)
                .setParameter("pattern", Like.containing(text))
                .getSingleResult();
    }

    @Override
    public List<Owned> ownedBy(Long accountId) {
        return em
                .createNamedQuery("Poll.ownedBy", Object[].class)
                .setParameter("accountId", accountId)
                .getResultList()
                .stream()
                .map(row -> new Owned((Long) row[0], (String) row[1], (String) row[2], (Long) row[3], row[4] != null))
                .toList();
    }

    @Override
    public void removeAll(List<Long> pollIds) {
        if (!pollIds.isEmpty()) {
            em.createNamedQuery("Poll.deleteAll").setParameter("ids", pollIds).executeUpdate();
        }
    }

    /**
     * One statement for all polls: the latest active option date and the latest vote (cast or changed) as
     * subqueries, portable to H2 and PostgreSQL.
     */
    private static final String RETENTION_CANDIDATES = "SELECT p.id, p.url, p.title, p.created, p.due_date,"
            + " (SELECT MAX(c.choice_date) FROM choice c WHERE c.poll_id = p.id AND c.deleted = FALSE),"
            + " (SELECT MAX(COALESCE(v.date_modified, v.date_created)) FROM vote v WHERE v.poll_id = p.id),"
            + " p.retention_warned_at FROM poll p";

    /** The owner with a mail address; else the owning group's admins with one; else its members with one. */
    private static final String[] RETENTION_RECIPIENTS = {
        "SELECT a.email, a.language, a.timezone_name FROM poll p JOIN account a ON a.id = p.owner_id"
                + " WHERE p.id = ? AND a.active = TRUE AND a.email <> ''",
        "SELECT a.email, a.language, a.timezone_name FROM poll p JOIN group_admin g ON g.group_id = p.group_id"
                + " JOIN account a ON a.id = g.account_id WHERE p.id = ? AND a.active = TRUE AND a.email <> ''"
                + " ORDER BY a.id",
        "SELECT a.email, a.language, a.timezone_name FROM poll p JOIN group_member g ON g.group_id = p.group_id"
                + " JOIN account a ON a.id = g.account_id WHERE p.id = ? AND a.active = TRUE AND a.email <> ''"
                + " ORDER BY a.id"
    };

    private static final InstantConverter INSTANTS = new InstantConverter();

    @Override
    public List<RetentionSweep.Candidate> retentionCandidates() {
        List<?> rows = em.createNativeQuery(RETENTION_CANDIDATES).getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new RetentionSweep.Candidate(
                        ((Number) row[0]).longValue(),
                        (String) row[1],
                        (String) row[2],
                        new RetentionDates(
                                instant(row[3]), instant(row[4]), instant(row[5]), instant(row[6]), instant(row[7]))))
                .toList();
    }

    @Override
    public List<RetentionSweep.Recipient> retentionRecipients(Long pollId) {
        for (String sql : RETENTION_RECIPIENTS) {
            List<?> rows = em.createNativeQuery(sql).setParameter(1, pollId).getResultList();
            if (!rows.isEmpty()) {
                return rows.stream()
                        .map(row -> (Object[]) row)
                        .map(row -> new RetentionSweep.Recipient(
                                (String) row[0], Locale.forLanguageTag((String) row[1]), zone((String) row[2])))
                        .toList();
            }
        }
        return List.of();
    }

    @Override
    public void markRetentionWarned(Long pollId, Instant at) {
        // a plain timestamp parameter: both drivers store it in the zoned column as the same instant
        em.createNativeQuery("UPDATE poll SET retention_warned_at = ? WHERE id = ?")
                .setParameter(1, Timestamp.from(at))
                .setParameter(2, pollId)
                .executeUpdate();
    }

    /** An account's time zone; one the JDK no longer knows is UTC rather than a failed run. */
    private static ZoneId zone(String name) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    private static Instant instant(Object column) {
        return INSTANTS.convertToEntityAttribute(column);
    }
}
