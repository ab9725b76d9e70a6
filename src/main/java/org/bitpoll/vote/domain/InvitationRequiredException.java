package org.bitpoll.vote.domain;

import org.bitpoll.platform.error.BusinessException;

/** The poll takes votes of invited users only. */
public class InvitationRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvitationRequiredException(Object... arguments) {
        super("error.vote.invitationRequired", null, arguments);
    }
}
