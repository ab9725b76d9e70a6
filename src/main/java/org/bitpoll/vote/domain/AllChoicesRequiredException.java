package org.bitpoll.vote.domain;

import org.bitpoll.platform.error.BusinessException;

/** The poll forbids empty cells. */
public class AllChoicesRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AllChoicesRequiredException(Object... arguments) {
        super("error.vote.allRequired", null, arguments);
    }
}
