package org.bitpoll.poll.domain;

/** The five {@code show_results} modes of the reference system; who sees which results is decided in issue 3. */
public enum ResultVisibility {
    COMPLETE("complete"),
    SUMMARY("summary"),
    NEVER("never"),
    SUMMARY_AFTER_VOTE("summary after vote"),
    COMPLETE_AFTER_VOTE("complete after vote");

    private final String code;

    ResultVisibility(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ResultVisibility fromCode(String code) {
        for (ResultVisibility mode : values()) {
            if (mode.code.equals(code)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown result visibility " + code);
    }
}
