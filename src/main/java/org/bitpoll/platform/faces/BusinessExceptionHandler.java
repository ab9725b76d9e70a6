package org.bitpoll.platform.faces;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bitpoll.platform.error.BusinessException;
import org.bitpoll.platform.error.ForbiddenException;
import org.bitpoll.platform.error.NotFoundException;
import org.bitpoll.platform.error.RuleViolation;

/**
 * The one place where failures become what a person sees. A {@link NotFoundException} becomes the 404 page, a
 * {@link ForbiddenException} the 403 page, a {@link RuleViolation} its rule's message (the one place keys are
 * resolved) next to the field the feature's {@link RuleFields} name (or at the top of the page) on the
 * re-rendered form, and an expired view a reload of the same address with a message. Everything else is a 500
 * page: for a plain request through the wrapped handler and the container, for an ajax request here (logged in
 * full), because Mojarra would answer an ajax request with a partial response naming the exception's class.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(BusinessExceptionHandler.class.getName());

    BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
        }
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable exception = events.next().getContext().getException();
            if (handle(context, exception)) {
                events.remove();
            }
        }
        getWrapped().handle();
    }

    private boolean handle(FacesContext context, Throwable exception) {
        if (context.getExternalContext().isResponseCommitted()) {
            return false;
        }
        BusinessException business = find(exception, BusinessException.class);
        try {
            if (business instanceof NotFoundException) {
                sendError(context, HttpServletResponse.SC_NOT_FOUND);
            } else if (business instanceof ForbiddenException) {
                sendError(context, HttpServletResponse.SC_FORBIDDEN);
            } else if (business != null) {
                showMessage(context, business);
            } else if (find(exception, ViewExpiredException.class) != null) {
                reload(context);
            } else if (context.getPartialViewContext().isAjaxRequest()) {
                LOG.log(Level.SEVERE, "Ajax request to " + requestUri(context) + " failed", exception);
                sendError(context, HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            } else {
                return false;
            }
        } catch (IOException e) {
            throw new FacesException(e);
        }
        return true;
    }

    private static void sendError(FacesContext context, int status) throws IOException {
        context.getExternalContext().responseSendError(status, null);
        context.responseComplete();
    }

    private static void showMessage(FacesContext context, BusinessException business) {
        FacesMessage message =
                Texts.message(context, FacesMessage.SEVERITY_ERROR, business.messageKey(), business.arguments());
        context.addMessage(clientIdOf(context, fieldOf(business)), message);
        context.validationFailed();
        context.renderResponse();
    }

    private static String requestUri(FacesContext context) {
        return ((HttpServletRequest) context.getExternalContext().getRequest()).getRequestURI();
    }

    private static void reload(FacesContext context) throws IOException {
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String address = forwarded != null ? (String) forwarded : request.getRequestURI();
        Texts.flash(context, FacesMessage.SEVERITY_WARN, "error.viewExpired");
        external.redirect(address);
        context.responseComplete();
    }

    /** The field the page's feature says a broken rule concerns, or null for the other failures. */
    private static String fieldOf(BusinessException business) {
        if (!(business instanceof RuleViolation violation)) {
            return null;
        }
        for (RuleFields fields : CDI.current().select(RuleFields.class, Any.Literal.INSTANCE)) {
            String field = fields.fieldOf(violation.rule());
            if (field != null) {
                return field;
            }
        }
        return null;
    }

    /** The client id of the component with this id, or null (a page-level message) when there is none. */
    private static String clientIdOf(FacesContext context, String field) {
        if (field == null || context.getViewRoot() == null) {
            return null;
        }
        String[] found = new String[1];
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, target) -> {
            if (field.equals(target.getId())) {
                found[0] = target.getClientId(visit.getFacesContext());
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }

    private static <T extends Throwable> T find(Throwable exception, Class<T> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
