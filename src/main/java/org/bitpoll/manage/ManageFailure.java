package org.bitpoll.manage;

/** A command that cannot be done, with the one line that tells the operator why; the program exits with 1. */
class ManageFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ManageFailure(String message) {
        super(message);
    }
}
