package org.bitpoll.vote.domain;

import org.bitpoll.platform.error.BusinessException;

/** An answer value was deleted after the form was shown. */
public class DeletedValueException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DeletedValueException(Object... arguments) {
        super("error.vote.deletedValue", null, arguments);
    }
}
