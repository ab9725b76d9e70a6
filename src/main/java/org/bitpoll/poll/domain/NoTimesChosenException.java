package org.bitpoll.poll.domain;

import org.bitpoll.platform.error.BusinessException;

/** The date-time wizard needs at least one time slot. */
public class NoTimesChosenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoTimesChosenException() {
        super("error.times.none", "newTime");
    }
}
