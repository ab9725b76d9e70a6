package org.bitpoll.platform.faces;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.bitpoll.platform.metrics.Metrics;

/**
 * Counts a page view ({@link Metrics#pageViewed}) each time a page is rendered for a GET, by its view: post backs
 * and Ajax updates of a page already shown do not count. Registered in faces-config.xml for PreRenderViewEvent.
 */
public class PageViews implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() && !context.getPartialViewContext().isAjaxRequest()) {
            CDI.current().select(Metrics.class).get().pageViewed(((UIViewRoot) event.getSource()).getViewId());
        }
    }
}
