package org.bitpoll.poll.domain;

/** What a poll's options are: free text, all-day dates, or dates with times. */
public enum PollType {
    DATETIME("datetime", "clock"),
    DATE("date", "calendar"),
    UNIVERSAL("universal", "list");

    private final String code;
    private final String icon;

    PollType(String code, String icon) {
        this.code = code;
        this.icon = icon;
    }

    /** The PrimeIcons icon of the type, as the reference's {@code get_icon}. */
    public String icon() {
        return icon;
    }

    /** The value stored in the database and used in URLs, as in the reference system. */
    public String code() {
        return code;
    }

    public static PollType fromCode(String code) {
        for (PollType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown poll type " + code);
    }
}
