package org.bitpoll.platform.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of a mail (an account's mail or a queued one) in its recipient's language, from the {@code text} bundle
 * of the pages (keys {@code mail.*}). A language without its own file gets English, never the server's default
 * locale.
 */
public final class MailBundle {

    private static final String BUNDLE = "org.bitpoll.i18n.text";

    private MailBundle() {}

    public static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                MailBundle.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
