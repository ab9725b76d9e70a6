package org.bitpoll.vote.domain;

import org.bitpoll.platform.error.BusinessException;

/** One vote per user, and this user has voted. */
public class AlreadyVotedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AlreadyVotedException(Object... arguments) {
        super("error.vote.alreadyVoted", null, arguments);
    }
}
