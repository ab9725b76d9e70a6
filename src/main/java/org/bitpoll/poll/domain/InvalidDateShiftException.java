package org.bitpoll.poll.domain;

import org.bitpoll.platform.error.BusinessException;

/** The date shift of a copy is not a whole number of days. */
public class InvalidDateShiftException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidDateShiftException(Object... arguments) {
        super("error.copy.dateShift.invalid", "dateShift", arguments);
    }
}
