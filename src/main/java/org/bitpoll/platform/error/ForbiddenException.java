package org.bitpoll.platform.error;

/** The visitor may not do or see this: an HTTP 403. */
public class ForbiddenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String messageKey) {
        super(messageKey, null);
    }
}
