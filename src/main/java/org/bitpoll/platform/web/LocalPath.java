package org.bitpoll.platform.web;

import java.util.regex.Pattern;

/**
 * A path of this site that a redirect may follow (the language switch's {@code next}): it starts with one
 * {@code /}, never names another host ({@code //host}, {@code /\host}), and holds only the characters a URL may
 * carry unencoded (RFC 3986), so no control character, space or non-ASCII letter can reach a {@code Location}
 * header. Everything else is the start page.
 */
public final class LocalPath {

    private static final Pattern URL_CHARACTERS = Pattern.compile("[A-Za-z0-9\\-._~!$&'()*+,;=:@/?%]*");

    private LocalPath() {}

    /** The path itself when it is a local path, else {@code /}. */
    public static String orHome(String path) {
        boolean local = path != null
                && path.startsWith("/")
                && !path.startsWith("//")
                && URL_CHARACTERS.matcher(path).matches();
        return local ? path : "/";
    }
}
