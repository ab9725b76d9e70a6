package org.bitpoll.account.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of a mail in the recipient's language, from the same {@code text} bundle as the pages (keys
 * {@code mail.*}). A language without its own file gets English, never the server's default locale.
 */
final class MailTexts {

    private static final String BUNDLE = "org.bitpoll.i18n.text";

    private MailTexts() {}

    static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                MailTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
