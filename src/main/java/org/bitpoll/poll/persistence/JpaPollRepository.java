package org.bitpoll.poll.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bitpoll.account.domain.Account;
import org.bitpoll.platform.persistence.Like;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.poll.domain.PollRepository;

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
}
