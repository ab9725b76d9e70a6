package org.bitpoll.platform.faces;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextFactory;
import jakarta.faces.lifecycle.Lifecycle;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspState;
import org.primefaces.util.Constants;

/**
 * Read-only pages (transient views: the poll page, about, the error pages) get their CSP nonce without an HTTP
 * session, and form pages keep PrimeFaces' check of the nonce on post backs. This factory gives every request a
 * {@link RequestCspState} where PrimeFaces looks for its CSP state (the FacesContext's attributes, under the
 * class name). It must sit inside PrimeFaces' own FacesContextFactory, whose PrimeFacesContext takes the state
 * from there when it is made: {@code META-INF/faces-config.xml} orders it before PrimeFaces' configuration.
 * {@link StatefulViews} then stores the nonce in the view map of a view that keeps state, once it is built.
 */
public class CspNonces extends FacesContextFactory {

    public CspNonces(FacesContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public FacesContext getFacesContext(Object context, Object request, Object response, Lifecycle lifecycle) {
        FacesContext faces = getWrapped().getFacesContext(context, request, response, lifecycle);
        if (faces instanceof PrimeFacesContext) {
            throw new IllegalStateException("CspNonces must be wrapped by PrimeFaces' FacesContextFactory, "
                    + "see the ordering in META-INF/faces-config.xml");
        }
        faces.getAttributes().put(CspState.class.getName(), new RequestCspState(faces));
        return faces;
    }

    /** Keeps the nonce of a stateful view (a form) where PrimeFaces checks the post backs against it. */
    static void keepForPostbacks(UIViewRoot view, FacesContext context) {
        CspState state = PrimeFacesContext.getCspState(context);
        if (state.isInitialized()) {
            view.getViewMap().putIfAbsent(Constants.RequestParams.NONCE_PARAM, state.getNonce());
        }
    }
}
