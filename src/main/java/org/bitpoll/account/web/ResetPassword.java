package org.bitpoll.account.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bitpoll.account.application.PasswordResetService;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.faces.Texts;

/** {@code /password-reset/<token>}: the mailed reset link; sets a new password, then the login page follows. */
@Named
@ViewScoped
public class ResetPassword implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PasswordResetService resets;

    private String token;
    private String username;
    private String password;
    private String confirmation;

    public void load() {
        token = AccountPages.token(FacesContext.getCurrentInstance());
        username = resets.openReset(token);
    }

    public void reset() {
        FacesContext context = FacesContext.getCurrentInstance();
        resets.resetPassword(token, password, confirmation);
        Texts.flash(context, FacesMessage.SEVERITY_INFO, "message.account.passwordReset");
        Redirects.to(context, "/login/");
    }

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
