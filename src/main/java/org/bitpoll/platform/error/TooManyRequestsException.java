package org.bitpoll.platform.error;

import java.time.Duration;

/**
 * A rate limit refused the request: the page shows the limit's {@link Rule} message, which says how long to wait,
 * with HTTP 429 and a {@code Retry-After} header, and nothing is saved. The message's first argument is the wait
 * in whole seconds (at least 1), the second in whole minutes, both rounded up.
 */
public class TooManyRequestsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public TooManyRequestsException(Rule limit, Duration wait) {
        this(limit, Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    private TooManyRequestsException(Rule limit, long seconds) {
        super(limit.messageKey(), seconds, (seconds + 59) / 60);
        this.retryAfterSeconds = seconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
