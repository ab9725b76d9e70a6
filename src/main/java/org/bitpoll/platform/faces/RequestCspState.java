package org.bitpoll.platform.faces;

import jakarta.faces.context.FacesContext;
import org.primefaces.csp.CspState;

/**
 * PrimeFaces' CSP state with the nonce of a page request kept in the request, not in the view map. PrimeFaces
 * 15 creates the nonce before the view is built, when a page's {@code <f:view transient="true">} is not yet
 * known, and puts it in the view map; on Mojarra 4.0.13 a view map makes the view scope take an HTTP session
 * (mojarra#5952), so every read-only page made one. Here the nonce of a GET lives in this object (one per
 * request, in the FacesContext's attributes) and {@link CspNonces} copies it into the view map once the view is
 * built, and only for a view that keeps state (a form), where PrimeFaces checks it on the post backs. Post
 * backs and ajax requests are PrimeFaces' own: their nonce comes from the restored view map.
 */
final class RequestCspState extends CspState {

    private final FacesContext context;
    private String nonce;

    RequestCspState(FacesContext context) {
        super(context);
        this.context = context;
    }

    @Override
    public String getNonce() {
        if (context.isPostback() || context.getPartialViewContext().isAjaxRequest()) {
            return super.getNonce();
        }
        if (nonce == null) {
            nonce = generateNonce();
        }
        return nonce;
    }
}
