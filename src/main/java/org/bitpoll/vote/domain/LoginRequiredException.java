package org.bitpoll.vote.domain;

import org.bitpoll.platform.error.BusinessException;

/** The poll takes votes of logged-in users only. */
public class LoginRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public LoginRequiredException(Object... arguments) {
        super("error.vote.loginRequired", null, arguments);
    }
}
