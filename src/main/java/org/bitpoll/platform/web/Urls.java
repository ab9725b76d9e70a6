package org.bitpoll.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses of Bitpoll's pages below the context root, the counterpart of the route table {@link Routes}. */
public final class Urls {

    private Urls() {}

    public static String view(String slug) {
        return "/poll/" + slug + "/";
    }

    /** The option editor of a poll type, by the type's code ({@code universal}, {@code date}, {@code datetime}). */
    public static String choices(String slug, String typeCode) {
        return "/poll/" + slug + "/edit/choices/"
                + switch (typeCode) {
                    case "universal" -> "universal/";
                    case "date" -> "date/";
                    case "datetime" -> "dateTime/";
                    default -> throw new IllegalArgumentException("unknown poll type " + typeCode);
                };
    }

    public static String settings(String slug) {
        return "/poll/" + slug + "/settings/";
    }

    /** The answer values editor; with a value id, that value is loaded into the form. */
    public static String answerValues(String slug) {
        return "/poll/" + slug + "/edit/values/";
    }

    /** A poll's invitations and reminders (its managers' page). */
    public static String invitations(String slug) {
        return "/poll/" + slug + "/invitations/";
    }

    /** The logged-in person's settings, where they allow or refuse invitation mails. */
    public static String accountSettings() {
        return "/account/";
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

    public static String cast(String slug) {
        return "/poll/" + slug + "/vote/";
    }

    public static String editVote(String slug, Long voteId) {
        return "/poll/" + slug + "/vote/" + voteId + "/edit/";
    }

    public static String assignVote(String slug, Long voteId) {
        return "/poll/" + slug + "/vote/" + voteId + "/assign/";
    }

    public static String editLink(String token) {
        return "/editvote/" + token;
    }

    /** The login page, which leads back to {@code next} (a local path) after logging in. */
    public static String login(String next) {
        return "/login/?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    public static String csv(String slug) {
        return "/poll/" + slug + ".csv";
    }

    /** The mailed link that creates a registered account. */
    public static String registration(String token) {
        return "/register/" + token;
    }

    /** The mailed link that sets a new password. */
    public static String passwordReset(String token) {
        return "/password-reset/" + token;
    }

    /** The mailed link that confirms a new e-mail address. */
    public static String emailConfirmation(String token) {
        return "/account/email/" + token;
    }

    /** The groups home: a person's invitations and groups. */
    public static String groups() {
        return "/groups/";
    }

    /** A group's page. */
    public static String group(Long groupId) {
        return "/groups/" + groupId + "/";
    }
}
