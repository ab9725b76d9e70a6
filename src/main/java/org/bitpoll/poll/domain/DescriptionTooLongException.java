package org.bitpoll.poll.domain;

import org.bitpoll.platform.error.BusinessException;

/** A poll description is longer than allowed. */
public class DescriptionTooLongException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DescriptionTooLongException(Object... arguments) {
        super("error.description.tooLong", "description", arguments);
    }
}
