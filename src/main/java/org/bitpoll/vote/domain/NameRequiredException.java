package org.bitpoll.vote.domain;

import org.bitpoll.platform.error.BusinessException;

/** A guest vote needs a name, or must be anonymous. */
public class NameRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NameRequiredException(Object... arguments) {
        super("error.vote.nameRequired", "name", arguments);
    }
}
