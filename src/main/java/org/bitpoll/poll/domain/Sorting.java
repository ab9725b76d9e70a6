package org.bitpoll.poll.domain;

/** How the votes of a poll are ordered (F13): by the time they were cast, or by the voter's name. */
public enum Sorting {
    DATE(0),
    NAME(1);

    private final int code;

    Sorting(int code) {
        this.code = code;
    }

    /** The value stored in the database, as in the reference system. */
    public int code() {
        return code;
    }

    /** The order of a stored code; codes other than 1 (the reference accepts any integer) order by date. */
    public static Sorting fromCode(int code) {
        return code == NAME.code ? NAME : DATE;
    }
}
