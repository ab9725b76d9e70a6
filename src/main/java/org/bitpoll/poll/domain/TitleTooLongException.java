package org.bitpoll.poll.domain;

import org.bitpoll.platform.error.BusinessException;

/** A poll title is longer than 80 characters. */
public class TitleTooLongException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TitleTooLongException(Object... arguments) {
        super("error.title.tooLong", "title", arguments);
    }
}
