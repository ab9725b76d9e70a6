package org.bitpoll.vote.domain;

import org.bitpoll.platform.error.BusinessException;

/** A cell comment on an option left unanswered: refused, so the comment is never dropped silently. */
public class CommentWithoutAnswerException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CommentWithoutAnswerException() {
        super("error.vote.commentWithoutAnswer", null);
    }
}
