package org.bitpoll.account.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bitpoll.account.application.RegistrationService;
import org.bitpoll.platform.error.BusinessException;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.faces.Texts;

/**
 * {@code /register/<token>}: the mailed registration link. A valid link shows the user name and asks for the
 * password; the account is then created and logged in. A broken, expired or used link says so instead.
 */
@Named
@ViewScoped
public class CreateAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistrationService registrations;

    @Inject
    private SignIn signIn;

    private String token;
    private String username;
    private String password;
    private String confirmation;

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        registrations.checkOpen();
        token = AccountPages.token(context);
        username = registrations.openRegistration(token).username();
    }

    public void create() {
        FacesContext context = FacesContext.getCurrentInstance();
        String created = registrations.createAccount(token, password, confirmation);
        try {
            signIn.signIn(created, password);
        } catch (BusinessException notNow) {
            // the account exists; the login throttle or the realm refused for now: the login page takes over
            Texts.flash(context, FacesMessage.SEVERITY_INFO, "message.account.createdLogIn");
            Redirects.to(context, "/login/");
            return;
        }
        Texts.flash(context, FacesMessage.SEVERITY_INFO, "message.account.created");
        Redirects.to(context, "/");
    }

    /** Whether the link works: the form shows only then. */
    public boolean isReady() {
        return username != null;
    }

    public String getUsername() {
        return username;
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
