package org.bitpoll.poll.domain;

import org.bitpoll.platform.error.BusinessException;

/** An answer value without a title. */
public class AnswerTitleRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AnswerTitleRequiredException(Object... arguments) {
        super("error.value.title.required", "valueTitle", arguments);
    }
}
