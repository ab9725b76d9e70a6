package org.bitpoll.poll.domain;

import org.bitpoll.platform.error.BusinessException;

/** An answer value title longer than 80 characters. */
public class AnswerTitleTooLongException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AnswerTitleTooLongException(Object... arguments) {
        super("error.value.title.tooLong", "valueTitle", arguments);
    }
}
