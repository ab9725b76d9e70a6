package org.bitpoll.vote.domain;

import org.bitpoll.platform.error.BusinessException;

/** A comment is longer than allowed. */
public class CommentTooLongException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CommentTooLongException(Object... arguments) {
        super("error.vote.commentTooLong", null, arguments);
    }
}
