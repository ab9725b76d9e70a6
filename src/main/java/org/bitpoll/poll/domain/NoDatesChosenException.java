package org.bitpoll.poll.domain;

import org.bitpoll.platform.error.BusinessException;

/** Not a single day was chosen. */
public class NoDatesChosenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoDatesChosenException(Object... arguments) {
        super("error.dates.none", "dates", arguments);
    }
}
