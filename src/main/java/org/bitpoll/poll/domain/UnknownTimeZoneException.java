package org.bitpoll.poll.domain;

import org.bitpoll.platform.error.BusinessException;

/** A time zone name that is not in the list of zones. */
public class UnknownTimeZoneException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownTimeZoneException(Object... arguments) {
        super("error.settings.timeZone.unknown", "timeZone", arguments);
    }
}
