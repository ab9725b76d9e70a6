package org.bitpoll.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.HashSet;
import org.bitpoll.account.application.DirectoryStatus;
import org.bitpoll.account.application.LoginThrottle;
import org.bitpoll.account.application.Logins;
import org.bitpoll.account.domain.AccountRule;
import org.bitpoll.account.domain.DirectoryAttributes;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.error.TooManyRequestsException;
import org.bitpoll.platform.metrics.Metrics;
import org.bitpoll.platform.web.ClientAddress;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.Attributes;

/**
 * Logs a person in with the container: the throttle is asked first, then {@link HttpServletRequest#login} checks
 * the password against the WAR's Elytron security domain (local accounts and, when configured, the directory);
 * the application never compares a password itself. The session id changes at login (no fixation), and the
 * account row records the login (a directory user's row is made or refreshed from the directory's attributes).
 */
@RequestScoped
public class SignIn {

    @Inject
    private HttpServletRequest request;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private Logins logins;

    @Inject
    private DirectoryStatus directory;

    @Inject
    private Metrics metrics;

    /**
     * Logs {@code username} in, or throws: a {@link TooManyRequestsException} while the throttle holds (the realm is
     * not asked), a {@link RuleViolation} of {@link AccountRule#LOGIN_REFUSED} for a wrong password, an unknown or
     * disabled user alike, or of {@link AccountRule#DIRECTORY_UNREACHABLE} when the name is no local account and
     * the directory does not answer (the realm's refusal cannot tell that from a wrong password).
     */
    public void signIn(String username, String password) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || password == null || password.isEmpty()) {
            throw new RuleViolation(AccountRule.LOGIN_REFUSED);
        }
        String client = ClientAddress.of(request);
        Duration wait = throttle.waitFor(name, client);
        if (!wait.isZero()) {
            metrics.loginThrottled();
            throw new TooManyRequestsException(AccountRule.LOGIN_THROTTLED, wait);
        }
        if (request.getUserPrincipal() != null) {
            signOut();
        }
        try {
            request.login(name, password);
        } catch (ServletException refused) {
            throttle.failed(name, client);
            metrics.loginFailed();
            throw new RuleViolation(
                    directory.unreachableFor(name) ? AccountRule.DIRECTORY_UNREACHABLE : AccountRule.LOGIN_REFUSED);
        }
        if (!logins.recordLogin(request.getUserPrincipal().getName(), directoryAttributes())) {
            signOut();
            throttle.failed(name, client);
            metrics.loginFailed();
            throw new RuleViolation(AccountRule.LOGIN_REFUSED);
        }
        request.changeSessionId();
        metrics.loginSucceeded();
    }

    /** Ends the login and the session with it (a later page starts a new one). */
    public void signOut() {
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
        } catch (ServletException e) {
            throw new IllegalStateException("logout failed", e);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** What the directory said of the user, or null when the local realm (attribute Source=local) accepted it. */
    private static DirectoryAttributes directoryAttributes() {
        SecurityIdentity identity = SecurityDomain.getCurrent().getCurrentSecurityIdentity();
        Attributes attributes = identity.getAttributes();
        if ("local".equals(attributes.getFirst("Source"))) {
            return null;
        }
        String displayName = first(attributes, "displayName");
        return new DirectoryAttributes(
                first(attributes, "givenName"),
                first(attributes, "sn"),
                displayName.isEmpty() ? first(attributes, "cn") : displayName,
                first(attributes, "mail"),
                new HashSet<>(attributes.get("Roles")));
    }

    private static String first(Attributes attributes, String name) {
        String value = attributes.getFirst(name);
        return value == null ? "" : value;
    }
}
