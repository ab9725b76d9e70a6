package org.bitpoll.vote.domain;

import org.bitpoll.platform.error.BusinessException;

/** The poll is closed or past its due date and takes no votes. */
public class PollClosedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PollClosedException(Object... arguments) {
        super("error.vote.closed", null, arguments);
    }
}
