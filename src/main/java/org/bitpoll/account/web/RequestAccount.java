package org.bitpoll.account.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bitpoll.account.application.RegistrationService;
import org.bitpoll.account.domain.AccountRequest;

/** {@code /register/}: asking for an account (F28); the answer names the address the link was mailed to. */
@Named
@ViewScoped
public class RequestAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistrationService registrations;

    private String username;
    private String firstName;
    private String lastName;
    private String email;
    private boolean emailInvitation = true;
    private String sentTo;

    /** Without registration the page does not exist. */
    public void load() {
        registrations.checkOpen();
    }

    public void submit() {
        FacesContext context = FacesContext.getCurrentInstance();
        sentTo = registrations.requestAccount(
                new AccountRequest(username, firstName, lastName, email, emailInvitation),
                AccountPages.client(context),
                AccountPages.language(context));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isEmailInvitation() {
        return emailInvitation;
    }

    public void setEmailInvitation(boolean emailInvitation) {
        this.emailInvitation = emailInvitation;
    }

    public String getSentTo() {
        return sentTo;
    }
}
