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
 * {@code /account/password/}: a new password for a local account, with the old one. A directory account's page
 * says that the directory keeps its password.
 */
@Named
@ViewScoped
public class ChangePassword implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CredentialService credentials;

    @Inject
    private Visitors visitors;

    private boolean local;
    private String oldPassword;
    private String password;
    private String confirmation;

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!visitors.current().isLoggedIn()) {
            AccountPages.logIn(context);
            return;
        }
        local = credentials.getAccount(visitors.current()).isLocal();
    }

    public void change() {
        FacesContext context = FacesContext.getCurrentInstance();
        credentials.changePassword(visitors.current(), oldPassword, password, confirmation);
        Texts.flash(context, FacesMessage.SEVERITY_INFO, "message.account.passwordChanged");
        Redirects.to(context, "/account/password/");
    }

    public boolean isLocal() {
        return local;
    }

    public String getOldPassword() {
        return oldPassword;
    }

    public void setOldPassword(String oldPassword) {
        this.oldPassword = oldPassword;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
