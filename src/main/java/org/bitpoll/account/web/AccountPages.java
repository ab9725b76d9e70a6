package org.bitpoll.account.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.web.ClientAddress;
import org.bitpoll.platform.web.Routes;

/** What the account pages read from the request: the token of the address, the client, the page's language. */
final class AccountPages {

    private AccountPages() {}

    static HttpServletRequest request(FacesContext context) {
        return (HttpServletRequest) context.getExternalContext().getRequest();
    }

    /** The token the route table found in the address, or null. */
    static String token(FacesContext context) {
        return (String) request(context).getAttribute(Routes.TOKEN);
    }

    static String client(FacesContext context) {
        return ClientAddress.of(request(context));
    }

    static Locale language(FacesContext context) {
        return context.getViewRoot().getLocale();
    }

    /** Sends a guest to the login page, which brings them back to this address afterwards. */
    static void logIn(FacesContext context) {
        HttpServletRequest request = request(context);
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String address = forwarded != null ? (String) forwarded : request.getRequestURI();
        String path = address.substring(request.getContextPath().length());
        Redirects.to(context, "/login/?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
        context.responseComplete();
    }
}
