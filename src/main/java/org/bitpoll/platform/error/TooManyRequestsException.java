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
        this(limit, seconds(wait), new Object[0]);
    }

    /**
     * With further arguments of the message after the two waits, such as the time of day when the limit allows
     * again, formatted for the visitor.
     */
    public TooManyRequestsException(Rule limit, Duration wait, Object... more) {
        this(limit, seconds(wait), more);
    }

    private TooManyRequestsException(Rule limit, long seconds, Object[] more) {
        super(limit.messageKey(), arguments(seconds, more));
        this.retryAfterSeconds = seconds;
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static Object[] arguments(long seconds, Object[] more) {
        Object[] arguments = new Object[2 + more.length];
        arguments[0] = seconds;
        arguments[1] = (seconds + 59) / 60;
        System.arraycopy(more, 0, arguments, 2, more.length);
        return arguments;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
