package org.bitpoll.platform.i18n;

import java.util.List;
import java.util.Locale;

/** The supported languages; faces-config.xml lists the same. */
public final class Languages {

    /** The cookie that remembers the language chosen in the footer. */
    public static final String COOKIE = "bitpoll-lang";

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.ITALIAN);

    private Languages() {}

    /**
     * The language of a request outside Faces (exports, mails): the footer's choice (cookie), else the best
     * supported match of the browser's languages, else English. Faces pages use the same rule.
     */
    public static Locale of(jakarta.servlet.http.HttpServletRequest request) {
        jakarta.servlet.http.Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (jakarta.servlet.http.Cookie cookie : cookies) {
                Locale chosen = COOKIE.equals(cookie.getName()) ? supported(cookie.getValue()) : null;
                if (chosen != null) {
                    return chosen;
                }
            }
        }
        for (java.util.Enumeration<Locale> wanted = request.getLocales(); wanted.hasMoreElements(); ) {
            Locale locale = supported(wanted.nextElement().getLanguage());
            if (locale != null) {
                return locale;
            }
        }
        return Locale.ENGLISH;
    }

    /** The supported locale with this language code, or null. */
    public static Locale supported(String code) {
        for (Locale locale : SUPPORTED) {
            if (locale.getLanguage().equals(code)) {
                return locale;
            }
        }
        return null;
    }
}
