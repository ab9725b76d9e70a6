package org.bitpoll.poll.web;

import org.bitpoll.poll.domain.PollType;

/** The addresses of a poll's pages, below the context root. */
public final class PollUrls {

    private PollUrls() {}

    public static String view(String slug) {
        return "/poll/" + slug + "/";
    }

    /** The option editor of the poll's type. */
    public static String choices(String slug, PollType type) {
        return "/poll/" + slug + "/edit/choices/"
                + switch (type) {
                    case UNIVERSAL -> "universal/";
                    case DATE -> "date/";
                    case DATETIME -> "dateTime/";
                };
    }

    public static String settings(String slug) {
        return "/poll/" + slug + "/settings/";
    }

    /** The answer values editor; with a value id, that value is loaded into the form. */
    public static String answerValues(String slug) {
        return "/poll/" + slug + "/edit/values/";
    }

    public static String copy(String slug) {
        return "/poll/" + slug + "/copy/";
    }

    public static String delete(String slug) {
        return "/poll/" + slug + "/delete/";
    }

    public static String managementLink(String token) {
        return "/manage/" + token;
    }
}
