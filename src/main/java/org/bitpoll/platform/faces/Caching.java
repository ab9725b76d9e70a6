package org.bitpoll.platform.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Responses that must never be stored by a browser or a proxy: a page that shows a secret link (the management
 * link after creating a poll, the edit link after voting) declares it on the fragment with the secret, so the
 * header is sent exactly when the secret is:
 * {@code <f:event type="preRenderComponent" listener="#{caching.neverStore}"/>}.
 */
@Named
@ApplicationScoped
public class Caching {

    public void neverStore() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
    }
}
