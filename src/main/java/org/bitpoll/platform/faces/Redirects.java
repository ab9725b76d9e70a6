package org.bitpoll.platform.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Post-redirect-get to a path of this application (the Location stays relative: RelativeRedirects). */
public final class Redirects {

    private Redirects() {}

    /** Redirects to {@code path} (starting with "/") below the context root. */
    public static void to(FacesContext context, String path) {
        ExternalContext external = context.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Redirects a guest to the login page, which comes back to the page they asked for. */
    public static void toLogin(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        String uri = ((HttpServletRequest) external.getRequest()).getRequestURI();
        String path = uri.substring(external.getRequestContextPath().length());
        to(context, "/login/?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
    }
}
