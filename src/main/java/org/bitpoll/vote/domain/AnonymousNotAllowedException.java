package org.bitpoll.vote.domain;

import org.bitpoll.platform.error.BusinessException;

/** The poll takes no anonymous votes. */
public class AnonymousNotAllowedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AnonymousNotAllowedException(Object... arguments) {
        super("error.vote.anonymousNotAllowed", "anonymous", arguments);
    }
}
