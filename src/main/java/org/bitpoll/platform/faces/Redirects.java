package org.bitpoll.platform.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

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
}
