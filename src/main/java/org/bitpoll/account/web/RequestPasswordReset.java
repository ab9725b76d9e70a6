package org.bitpoll.account.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bitpoll.account.application.PasswordResetService;

/**
 * {@code /password-reset/}: asking for a reset link. The answer is the same whether or not an account has the
 * address.
 */
@Named
@ViewScoped
public class RequestPasswordReset implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PasswordResetService resets;

    private String email;
    private boolean requested;

    public void submit() {
        FacesContext context = FacesContext.getCurrentInstance();
        resets.requestReset(email, AccountPages.client(context), AccountPages.language(context));
        requested = true;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isRequested() {
        return requested;
    }
}
