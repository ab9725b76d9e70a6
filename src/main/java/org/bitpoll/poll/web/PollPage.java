package org.bitpoll.poll.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.bitpoll.platform.faces.Texts;

/** What every poll page bean needs from the request: its URL name and the day format of its language. */
public final class PollPage {

    private PollPage() {}

    public static String slug(FacesContext context) {
        Object slug = ((HttpServletRequest) context.getExternalContext().getRequest()).getAttribute(PollRoutes.SLUG);
        return slug == null ? "" : (String) slug;
    }

    public static DateTimeFormatter dayFormat(FacesContext context) {
        Locale locale = context.getViewRoot().getLocale();
        return DateTimeFormatter.ofPattern(Texts.get(context, "format.day"), locale);
    }
}
