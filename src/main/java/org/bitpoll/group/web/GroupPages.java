package org.bitpoll.group.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.web.Routes;
import org.bitpoll.platform.web.Urls;

/** What the groups pages read from the request, and where a guest goes: to the login page and back. */
final class GroupPages {

    private GroupPages() {}

    /** The group id the route table found in the address. */
    static Long groupId(FacesContext context) {
        return (Long) request(context).getAttribute(Routes.GROUP_ID);
    }

    /** Sends a guest to the login page, which brings them back to this address afterwards. */
    static void logIn(FacesContext context) {
        HttpServletRequest request = request(context);
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String address = forwarded != null ? (String) forwarded : request.getRequestURI();
        Redirects.to(
                context, Urls.login(address.substring(request.getContextPath().length())));
        context.responseComplete();
    }

    private static HttpServletRequest request(FacesContext context) {
        return (HttpServletRequest) context.getExternalContext().getRequest();
    }
}
