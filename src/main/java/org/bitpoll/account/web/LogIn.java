package org.bitpoll.account.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.web.LocalPath;

/**
 * The login page {@code /login/?next=/path}: user name and password go to {@link SignIn}; afterwards the person is
 * back on the page that asked for the login (a local path only, else the start page).
 */
@Named
@ViewScoped
public class LogIn implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SignIn signIn;

    private String next;
    private String username;
    private String password;

    public void logIn() {
        String target = LocalPath.orHome(next);
        try {
            signIn.signIn(username, password);
        } finally {
            password = null;
        }
        Redirects.to(FacesContext.getCurrentInstance(), target);
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
