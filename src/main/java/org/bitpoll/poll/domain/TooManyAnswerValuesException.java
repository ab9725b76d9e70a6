package org.bitpoll.poll.domain;

import org.bitpoll.platform.error.BusinessException;

/** A poll would get more answer values than allowed. */
public class TooManyAnswerValuesException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TooManyAnswerValuesException(Object... arguments) {
        super("error.value.tooMany", null, arguments);
    }
}
