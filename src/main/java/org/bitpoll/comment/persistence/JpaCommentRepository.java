package org.bitpoll.comment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.bitpoll.account.domain.Account;
import org.bitpoll.comment.domain.Comment;
import org.bitpoll.comment.domain.CommentRepository;

/** Comments as entities; the list of a poll joins each comment's account for its current display name. */
@ApplicationScoped
class JpaCommentRepository implements CommentRepository {

    @PersistenceContext(unitName = "bitpoll")
    private EntityManager em;

    @Override
    public void add(Comment comment) {
        em.persist(comment);
        em.flush();
    }

    @Override
    public void remove(Comment comment) {
        em.remove(em.contains(comment) ? comment : em.merge(comment));
    }

    @Override
    public Optional<Comment> findInPoll(Long pollId, Long commentId) {
        return em.createNamedQuery("Comment.findInPoll", Comment.class)
                .setParameter("id", commentId)
                .setParameter("pollId", pollId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<CommentRow> listOf(Long pollId) {
        return em
                .createQuery(
                        "SELECT c, a FROM Comment c LEFT JOIN Account a ON a.id = c.accountId"
                                + " WHERE c.pollId = :pollId ORDER BY c.created, c.id",
                        Object[].class)
                .setParameter("pollId", pollId)
                .getResultList()
                .stream()
                .map(row -> {
                    Comment comment = (Comment) row[0];
                    Account account = (Account) row[1];
                    return new CommentRow(
                            comment.getId(),
                            comment.getAccountId(),
                            account == null ? comment.getName() : account.displayName(),
                            comment.getText(),
                            comment.getCreated());
                })
                .toList();
    }
}
