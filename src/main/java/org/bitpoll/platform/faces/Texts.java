package org.bitpoll.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The {@code text} resource bundle of the current view's language, for messages made in Java. */
public final class Texts {

    private Texts() {}

    public static String get(FacesContext context, String key, Object... arguments) {
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "text");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    public static FacesMessage message(
            FacesContext context, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = get(context, key, arguments);
        return new FacesMessage(severity, text, null);
    }

    /** Adds a page-level message that survives the redirect that follows. */
    public static void flash(FacesContext context, FacesMessage.Severity severity, String key, Object... arguments) {
        context.addMessage(null, message(context, severity, key, arguments));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
