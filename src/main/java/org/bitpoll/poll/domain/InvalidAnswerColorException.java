package org.bitpoll.poll.domain;

import org.bitpoll.platform.error.BusinessException;

/** An answer colour that is not six hex digits (with or without a leading #). */
public class InvalidAnswerColorException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidAnswerColorException(Object... arguments) {
        super("error.value.color.invalid", "valueColor", arguments);
    }
}
