package org.bitpoll.account.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bitpoll.account.application.CredentialService;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.platform.security.Visitors;

/**
 * {@code /account/email/<token>}: the link mailed to a new address. Logged in as the account that asked, the
 * page names the address and a button sets it (a mail program that opens links changes nothing).
 */
@Named
@ViewScoped
public class ConfirmEmail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CredentialService credentials;

    @Inject
    private Visitors visitors;

    private String token;
    private String email;

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!visitors.current().isLoggedIn()) {
            AccountPages.logIn(context);
            return;
        }
        token = AccountPages.token(context);
        email = credentials.openEmailChange(visitors.current(), token);
    }

    public void confirm() {
        FacesContext context = FacesContext.getCurrentInstance();
        credentials.confirmEmailChange(visitors.current(), token);
        Texts.flash(context, FacesMessage.SEVERITY_INFO, "message.account.emailChanged");
        Redirects.to(context, "/account/email/");
    }

    public boolean isReady() {
        return email != null;
    }

    public String getEmail() {
        return email;
    }
}
