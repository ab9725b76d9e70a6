package org.bitpoll.platform.faces;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What every poll page bean needs from the request: its URL name and the day format of its language. */
public final class PollPage {

    private PollPage() {}

    public static String slug(FacesContext context) {
        Object slug = ((HttpServletRequest) context.getExternalContext().getRequest())
                .getAttribute(org.bitpoll.platform.web.Routes.SLUG);
        return slug == null ? "" : (String) slug;
    }

    public static DateTimeFormatter dayFormat(FacesContext context) {
        Locale locale = context.getViewRoot().getLocale();
        return DateTimeFormatter.ofPattern(Texts.get(context, "format.day"), locale);
    }
}
