package org.bitpoll.platform.i18n;

import java.util.List;
import java.util.Locale;

/** The supported languages; faces-config.xml lists the same. */
public final class Languages {

    /** The cookie that remembers the language chosen in the footer. */
    public static final String COOKIE = "bitpoll-lang";

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.ITALIAN);

    private Languages() {
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
