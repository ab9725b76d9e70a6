package org.bitpoll.poll.domain;

import org.bitpoll.platform.error.BusinessException;

/** URL name is in use. */
public class SlugTakenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SlugTakenException(Object... arguments) {
        super("error.slug.taken", "slug", arguments);
    }
}
