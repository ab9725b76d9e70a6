package org.bitpoll.poll.domain;

import org.bitpoll.platform.error.BusinessException;

/** An answer weight with more than two decimals or beyond ±999.99. */
public class WeightOutOfRangeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public WeightOutOfRangeException(Object... arguments) {
        super("error.value.weight.range", "valueWeight", arguments);
    }
}
