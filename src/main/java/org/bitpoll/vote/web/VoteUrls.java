package org.bitpoll.vote.web;

/** The addresses of the vote pages, below the context root. */
public final class VoteUrls {

    private VoteUrls() {}

    public static String cast(String slug) {
        return "/poll/" + slug + "/vote/";
    }

    public static String edit(String slug, Long voteId) {
        return "/poll/" + slug + "/vote/" + voteId + "/edit/";
    }

    public static String editLink(String token) {
        return "/editvote/" + token;
    }

    public static String csv(String slug) {
        return "/poll/" + slug + ".csv";
    }
}
