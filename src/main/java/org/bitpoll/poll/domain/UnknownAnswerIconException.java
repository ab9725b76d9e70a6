package org.bitpoll.poll.domain;

import org.bitpoll.platform.error.BusinessException;

/** An answer icon that is not one of the offered icons. */
public class UnknownAnswerIconException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownAnswerIconException(Object... arguments) {
        super("error.value.icon.unknown", "valueIcon", arguments);
    }
}
