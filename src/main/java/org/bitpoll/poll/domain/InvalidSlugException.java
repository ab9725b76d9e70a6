package org.bitpoll.poll.domain;

import org.bitpoll.platform.error.BusinessException;

/** URL name is not allowed. */
public class InvalidSlugException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidSlugException(Object... arguments) {
        super("error.slug.invalid", "slug", arguments);
    }
}
