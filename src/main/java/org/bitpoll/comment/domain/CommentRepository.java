package org.bitpoll.comment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where comments are kept, and the list of a poll's comments as the poll page shows it. */
public interface CommentRepository {

    /**
     * A comment as listed: its author's name is the linked account's current display name, else the stored name.
     */
    record CommentRow(Long id, Long accountId, String author, String text, Instant created) {}

    void add(Comment comment);

    void remove(Comment comment);

    Optional<Comment> findInPoll(Long pollId, Long commentId);

    /** The comments of a poll, oldest first, in one statement. */
    List<CommentRow> listOf(Long pollId);
}
