package org.bitpoll.platform.faces;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bitpoll.platform.i18n.Languages;
import org.bitpoll.platform.security.Visitors;

/**
 * Three things every page needs. Forms post back to the readable address a page was reached at (such as
 * {@code /poll/team-lunch/} or {@code /}), not to the view file the router forwarded to or the welcome file
 * ({@code /index.xhtml}), so the address stays the same after a form with an error. The language is a logged-in
 * person's account language ({@link Visitors}), else the one chosen with the footer's switch (a cookie),
 * else the best match of the browser's languages. And requests are
 * read as UTF-8, whatever charset they name: Faces would otherwise take it from the request and remember it in
 * the session for every later request of that visitor (RequestParameters refuses other charsets before).
 */
public class BitpollViewHandler extends ViewHandlerWrapper {

    /** The welcome file of web.xml. */
    private static final String WELCOME_FILE = "index.xhtml";

    public BitpollViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        HttpServletRequest request =
                (HttpServletRequest) context.getExternalContext().getRequest();
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (forwardedFrom != null
                && context.getViewRoot() != null
                && viewId.equals(context.getViewRoot().getViewId())) {
            return (String) forwardedFrom;
        }
        if (isWelcomeFileOf(request, viewId)) {
            return request.getRequestURI();
        }
        return super.getActionURL(context, viewId);
    }

    /** Whether the view is the welcome file of the folder the request asked for ({@code /about/} → {@code /about/index.xhtml}). */
    private static boolean isWelcomeFileOf(HttpServletRequest request, String viewId) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getDispatcherType() == DispatcherType.REQUEST
                && path.endsWith("/")
                && viewId.equals(path + WELCOME_FILE);
    }

    @Override
    public String calculateCharacterEncoding(FacesContext context) {
        return StandardCharsets.UTF_8.name();
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        if (context.getExternalContext().getUserPrincipal() != null) {
            Optional<Locale> chosen =
                    CDI.current().select(Visitors.class).get().current().accountLanguage();
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        Map<String, Object> cookies = context.getExternalContext().getRequestCookieMap();
        Object chosen = cookies.get(Languages.COOKIE);
        if (chosen instanceof Cookie cookie) {
            Locale locale = Languages.supported(cookie.getValue());
            if (locale != null) {
                return locale;
            }
        }
        return super.calculateLocale(context);
    }
}
