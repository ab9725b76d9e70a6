package org.bitpoll.platform.error;

/** The thing named in the URL does not exist, or not inside the poll it was named with: an HTTP 404. */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("error.notFound");
    }
}
