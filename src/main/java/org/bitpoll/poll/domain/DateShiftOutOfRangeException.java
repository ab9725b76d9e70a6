package org.bitpoll.poll.domain;

import org.bitpoll.platform.error.BusinessException;

/** The date shift of a copy is more days than allowed. */
public class DateShiftOutOfRangeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DateShiftOutOfRangeException(Object... arguments) {
        super("error.copy.dateShift.range", "dateShift", arguments);
    }
}
