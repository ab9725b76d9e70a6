package org.bitpoll.platform.error;

import java.util.Objects;

/**
 * A business failure, one subclass per kind the Faces exception handler tells apart: {@link NotFoundException}
 * (the 404 page), {@link ForbiddenException} (the 403 page) and {@link RuleViolation} (a message on the form). It
 * carries the bundle key of its message and the message's arguments, never markup; the transaction rolls back, so
 * nothing is half-saved.
 */
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    protected BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
