package org.bitpoll.platform.error;

import java.time.Duration;

/**
 * A rate limit refused the request: the page shows the message (which says how long to wait) with HTTP 429 and a
 * {@code Retry-After} header, and nothing is saved. The first argument of the message is the wait in whole
 * seconds (at least 1), the second in whole minutes, both rounded up.
 */
public class TooManyRequestsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public TooManyRequestsException(String messageKey, Duration wait) {
        this(messageKey, Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    private TooManyRequestsException(String messageKey, long seconds) {
        super(messageKey, null, seconds, (seconds + 59) / 60);
        this.retryAfterSeconds = seconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
