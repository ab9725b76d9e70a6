package org.bitpoll.poll.domain;

import org.bitpoll.platform.error.BusinessException;

/** A typed time is not a time of day such as 09:30. */
public class InvalidTimeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidTimeException(String typed) {
        super("error.time.invalid", "newTime", typed);
    }
}
