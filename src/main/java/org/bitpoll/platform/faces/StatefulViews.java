package org.bitpoll.platform.faces;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * What a view that keeps state (a form page) remembers for its post backs, stored once the view is built: the
 * address it was rendered for ({@link RejectedPostbacks} refuses its state posted elsewhere) and the CSP nonce of
 * its page (PrimeFaces checks post backs against it, {@link CspNonces}). Not earlier: before PreRenderView a page's
 * {@code <f:view transient="true">} is not applied yet, and a view map on a read-only page would make Mojarra take
 * an HTTP session. Registered in faces-config.xml for PreRenderViewEvent.
 */
public class StatefulViews implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIViewRoot view = (UIViewRoot) event.getSource();
        if (!view.isTransient()) {
            RejectedPostbacks.rememberAddress(view, event.getFacesContext());
            CspNonces.keepForPostbacks(view, event.getFacesContext());
        }
    }
}
