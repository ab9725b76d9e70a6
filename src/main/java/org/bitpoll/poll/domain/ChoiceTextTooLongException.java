package org.bitpoll.poll.domain;

import org.bitpoll.platform.error.BusinessException;

/** An option text is longer than allowed. */
public class ChoiceTextTooLongException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ChoiceTextTooLongException(Object... arguments) {
        super("error.choice.tooLong", null, arguments);
    }
}
