package org.bitpoll.platform.error;

import java.util.Objects;

/**
 * A broken business rule. The Faces exception handler shows {@link #messageKey()} (formatted with
 * {@link #arguments()}) next to the component {@link #field()}, or at the top of the page when there is none; the
 * transaction rolls back, so nothing is half-saved.
 */
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    protected BusinessException(String messageKey, String field, Object... arguments) {
        super(messageKey);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.field = field;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The id of the form component the message belongs to, or {@code null} for a page-level message. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
