package org.bitpoll.vote.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bitpoll.vote.domain.Vote;
import org.bitpoll.vote.domain.VoteRepository;

/** Votes as entities for changes; the results as constructor projections, two statements per poll. */
@ApplicationScoped
class JpaVoteRepository implements VoteRepository {

    @PersistenceContext(unitName = "bitpoll")
    private EntityManager em;

    @Override
    public void add(Vote vote) {
        em.persist(vote);
        em.flush();
    }

    @Override
    public void remove(Vote vote) {
        em.remove(em.contains(vote) ? vote : em.merge(vote));
    }

    @Override
    public Optional<Vote> findInPoll(Long pollId, Long voteId) {
        return em.createNamedQuery("Vote.findInPoll", Vote.class).setParameter("id", voteId)
                .setParameter("pollId", pollId).getResultStream().findFirst();
    }

    @Override
    public Optional<EditTarget> findEditTarget(String editKeyHash) {
        List<Object[]> rows = em.createQuery("SELECT p.slug, v.id FROM Vote v, Poll p WHERE p.id = v.pollId "
                + "AND v.editKeyHash = :hash", Object[].class).setParameter("hash", editKeyHash).getResultList();
        return rows.stream().findFirst().map(row -> new EditTarget((String) row[0], (Long) row[1]));
    }

    @Override
    public boolean hasVoted(Long pollId, Long accountId) {
        return accountId != null && em.createNamedQuery("Vote.countByAccount", Long.class)
                .setParameter("pollId", pollId).setParameter("accountId", accountId).getSingleResult() > 0;
    }

    @Override
    public List<VoteRow> votes(Long pollId, boolean byName) {
        String order = byName ? "v.name, v.created, v.id" : "v.created, v.id";
        List<Object[]> rows = em.createQuery("SELECT v.id, v.accountId, v.name, v.anonymous, v.comment, v.created, "
                + "v.modified, v.editKeyHash FROM Vote v WHERE v.pollId = :pollId ORDER BY " + order, Object[].class)
                .setParameter("pollId", pollId).getResultList();
        return rows.stream().map(row -> new VoteRow((Long) row[0], (Long) row[1], (String) row[2],
                (Boolean) row[3], (String) row[4], (Instant) row[5], (Instant) row[6], (String) row[7])).toList();
    }

    @Override
    public List<CellRow> cells(Long pollId) {
        List<Object[]> rows = em.createQuery("SELECT v.id, c.choiceId, c.valueId, c.comment FROM VoteCell c "
                + "JOIN c.vote v WHERE v.pollId = :pollId", Object[].class)
                .setParameter("pollId", pollId).getResultList();
        return rows.stream().map(row -> new CellRow((Long) row[0], (Long) row[1], (Long) row[2], (String) row[3]))
                .toList();
    }
}
