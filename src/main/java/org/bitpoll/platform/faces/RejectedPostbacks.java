package org.bitpoll.platform.faces;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

/**
 * A postback is refused with the 400 page once its view is restored, before any submitted value is applied
 * and before any action runs, when
 * <ul>
 *   <li>it does not come by POST (a form sent as a query string: a link must never delete a poll);
 *   <li>it is an ajax request without a view state (every ajax request of a page posts back its form);
 *   <li>its view state was issued for another address (the vote page's state posted to an editor, one poll's
 *       page to another poll): each view remembers the address it was rendered for;
 *   <li>it does not carry the PrimeFaces CSP nonce of its page (PrimeFaces itself checks the nonce only when
 *       the answer is rendered, after the action has run).
 * </ul>
 * Registered in faces-config.xml; {@link StatefulViews} gives each view its address.
 */
public class RejectedPostbacks implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** The view map entry with the address the view was rendered for. */
    private static final String ADDRESS = RejectedPostbacks.class.getName() + ".address";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (event.getPhaseId() == PhaseId.APPLY_REQUEST_VALUES && context.isPostback() && refusedPostback(context)) {
            refuse(context);
        }
    }

    /** Remembers the address a view that keeps state was rendered for (called by {@link StatefulViews}). */
    static void rememberAddress(UIViewRoot view, FacesContext context) {
        view.getViewMap().putIfAbsent(ADDRESS, address(context));
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (event.getPhaseId() == PhaseId.RESTORE_VIEW
                && !context.isPostback()
                && context.getPartialViewContext().isAjaxRequest()) {
            refuse(context);
        }
    }

    /**
     * Checked before values are applied, which happens only once the view was restored (a view state Faces did
     * not find never gets here); pages with view metadata pass this phase on GET too, as no postback.
     */
    private static boolean refusedPostback(FacesContext context) {
        if (!"POST".equals(((HttpServletRequest) context.getExternalContext().getRequest()).getMethod())) {
            return true;
        }
        Map<String, Object> viewMap = context.getViewRoot().getViewMap(false);
        Object renderedFor = viewMap == null ? null : viewMap.get(ADDRESS);
        return (renderedFor != null && !renderedFor.equals(address(context))) || !carriesNonce(context);
    }

    private static void refuse(FacesContext context) {
        try {
            context.getExternalContext().responseSendError(HttpServletResponse.SC_BAD_REQUEST, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    private static String address(FacesContext context) {
        return context.getApplication()
                .getViewHandler()
                .getActionURL(context, context.getViewRoot().getViewId());
    }

    private static boolean carriesNonce(FacesContext context) {
        if (!PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
            return true;
        }
        try {
            PrimeFacesContext.getCspState(context).getNonce();
            return true;
        } catch (CspException e) {
            return false;
        }
    }
}
