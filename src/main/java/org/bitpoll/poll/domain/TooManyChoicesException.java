package org.bitpoll.poll.domain;

import org.bitpoll.platform.error.BusinessException;

/** A poll would get more options than allowed. */
public class TooManyChoicesException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TooManyChoicesException(Object... arguments) {
        super("error.choice.tooMany", null, arguments);
    }
}
