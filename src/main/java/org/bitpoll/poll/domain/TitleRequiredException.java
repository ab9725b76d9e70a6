package org.bitpoll.poll.domain;

import org.bitpoll.platform.error.BusinessException;

/** A poll title is empty or only blanks. */
public class TitleRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TitleRequiredException(Object... arguments) {
        super("error.title.required", "title", arguments);
    }
}
