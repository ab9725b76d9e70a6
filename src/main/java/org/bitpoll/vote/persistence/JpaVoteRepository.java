package org.bitpoll.vote.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.bitpoll.platform.persistence.StatementCounter;
import org.bitpoll.vote.domain.Vote;
import org.bitpoll.vote.domain.VoteRepository;

/** Votes as entities for changes; the results as a tuple query and a streamed JDBC query, two statements. */
@ApplicationScoped
class JpaVoteRepository implements VoteRepository {

    @PersistenceContext(unitName = "bitpoll")
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/BitpollDS")
    private DataSource dataSource;

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
        return em.createNamedQuery("Vote.findInPoll", Vote.class)
                .setParameter("id", voteId)
                .setParameter("pollId", pollId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<EditTarget> findEditTarget(String editKeyHash) {
        List<Object[]> rows = em.createQuery(
                        "SELECT p.slug, v.id FROM Vote v, Poll p WHERE p.id = v.pollId " + "AND v.editKeyHash = :hash",
                        Object[].class)
                .setParameter("hash", editKeyHash)
                .getResultList();
        return rows.stream().findFirst().map(row -> new EditTarget((String) row[0], (Long) row[1]));
    }

    @Override
    public boolean hasVoted(Long pollId, Long accountId) {
        return accountId != null
                && em.createNamedQuery("Vote.countByAccount", Long.class)
                                .setParameter("pollId", pollId)
                                .setParameter("accountId", accountId)
                                .getSingleResult()
                        > 0;
    }

    @Override
    public List<VoteRow> votes(Long pollId, boolean byName) {
        String order = byName ? "v.name, v.created, v.id" : "v.created, v.id";
        List<Object[]> rows = em.createQuery(
                        "SELECT v.id, v.accountId, v.name, v.anonymous, v.comment, v.created, "
                                + "v.modified, v.editKeyHash FROM Vote v WHERE v.pollId = :pollId ORDER BY " + order,
                        Object[].class)
                .setParameter("pollId", pollId)
                .getResultList();
        return rows.stream()
                .map(row -> new VoteRow(
                        (Long) row[0],
                        (Long) row[1],
                        (String) row[2],
                        (Boolean) row[3],
                        (String) row[4],
                        (Instant) row[5],
                        (Instant) row[6],
                        (String) row[7]))
                .toList();
    }

    /**
     * Plain JDBC: a big poll has 100 000 cells, and building an object per row (EclipseLink's report query) costs
     * more than the rest of the page. The statement is counted like EclipseLink's.
     */
    @Override
    public void forEachCell(Long pollId, CellConsumer consumer) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT vc.vote_id, vc.choice_id, "
                        + "vc.value_id, vc.comment FROM vote_choice vc JOIN vote v ON v.id = vc.vote_id "
                        + "WHERE v.poll_id = ?")) {
            select.setLong(1, pollId);
            select.setFetchSize(1000);
            StatementCounter.countDirect();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String comment = rows.getString(4);
                    consumer.accept(
                            rows.getLong(1),
                            rows.getLong(2),
                            rows.getLong(3),
                            comment == null || comment.isEmpty() ? null : comment);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the cells of poll " + pollId, e);
        }
    }

    @Override
    public void anonymiseVotesOf(Long accountId) {
        em.createNamedQuery("Vote.anonymiseByAccount")
                .setParameter("accountId", accountId)
                .executeUpdate();
    }
}
