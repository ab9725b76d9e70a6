package org.bitpoll.account.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bitpoll.account.application.CredentialService;
import org.bitpoll.account.domain.Account;
import org.bitpoll.platform.security.Visitors;

/**
 * {@code /account/email/}: a new e-mail address for a local account, confirmed by a link mailed to it. A
 * directory account's page says that the directory keeps its address.
 */
@Named
@ViewScoped
public class ChangeEmail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CredentialService credentials;

    @Inject
    private Visitors visitors;

    private boolean local;
    private String currentEmail;
    private String email;
    private String sentTo;

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!visitors.current().isLoggedIn()) {
            AccountPages.logIn(context);
            return;
        }
        Account account = credentials.getAccount(visitors.current());
        local = account.isLocal();
        currentEmail = account.getEmail();
    }

    public void submit() {
        FacesContext context = FacesContext.getCurrentInstance();
        sentTo = credentials.requestEmailChange(visitors.current(), email, AccountPages.language(context));
    }

    public boolean isLocal() {
        return local;
    }

    public String getCurrentEmail() {
        return currentEmail;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getSentTo() {
        return sentTo;
    }
}
