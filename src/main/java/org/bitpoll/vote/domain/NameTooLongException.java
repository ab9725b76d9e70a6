package org.bitpoll.vote.domain;

import org.bitpoll.platform.error.BusinessException;

/** The name is longer than 80 characters. */
public class NameTooLongException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NameTooLongException(Object... arguments) {
        super("error.vote.nameTooLong", "name", arguments);
    }
}
