package org.bitpoll.watch.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.bitpoll.watch.domain.PollWatch;
import org.bitpoll.watch.domain.WatchRepository;

@ApplicationScoped
class JpaWatchRepository implements WatchRepository {

    @PersistenceContext(unitName = "bitpoll")
    private EntityManager em;

    @Override
    public boolean isWatching(Long pollId, Long accountId) {
        return em.createNamedQuery("PollWatch.count", Long.class)
                        .setParameter("pollId", pollId)
                        .setParameter("accountId", accountId)
                        .getSingleResult()
                > 0;
    }

    @Override
    public void add(PollWatch watch) {
        em.persist(watch);
        em.flush();
    }

    @Override
    public void remove(Long pollId, Long accountId) {
        em.createNamedQuery("PollWatch.delete")
                .setParameter("pollId", pollId)
                .setParameter("accountId", accountId)
                .executeUpdate();
    }

    @Override
    public List<Long> watcherIds(Long pollId) {
        return em.createNamedQuery("PollWatch.watchers", Long.class)
                .setParameter("pollId", pollId)
                .getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> slugsVotedBy(Long accountId) {
        return em.createNativeQuery(
                        "SELECT p.url FROM poll p WHERE EXISTS (SELECT 1 FROM vote v WHERE v.poll_id = p.id AND v.account_id = ?)"
                                + " ORDER BY p.id")
                .setParameter(1, accountId)
                .getResultList();
    }
}
