package org.bitpoll.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The address the visitor asked for, also when the router forwarded to a view or an error page is shown. */
@Named
@RequestScoped
public class CurrentPage {

    @Inject
    private HttpServletRequest request;

    /** The path below the context root, URL-encoded for use as a query parameter (the language switch's next). */
    public String getEncodedPath() {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (original == null) {
            original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        }
        String uri = original != null ? (String) original : request.getRequestURI();
        String path =
                uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
