package org.bitpoll.poll.domain;

import org.bitpoll.platform.error.BusinessException;

/** An answer weight that is not a number. */
public class InvalidWeightException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidWeightException(Object... arguments) {
        super("error.value.weight.invalid", "valueWeight", arguments);
    }
}
