package org.bitpoll.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * Resolves the {@link Visitor} of this request once: the active account behind the container's principal (a
 * disabled account's session is a guest's from its next request on), whether it is a site administrator, and the
 * secrets in the cookies. It reads only the principal and the cookies, so it never
 * creates an HTTP session. Pages read it in EL as {@code #{visitor}}; beans and servlets call {@link #current()}
 * (a view-scoped bean outlives the request, so it must not keep the value).
 */
@RequestScoped
public class Visitors {

    /** The application role of site administrators. */
    public static final String ADMIN_ROLE = "admin";

    @Inject
    private HttpServletRequest request;

    @Inject
    private AccountDirectory accounts;

    private Visitor visitor;

    public Visitor current() {
        if (visitor == null) {
            visitor = resolve(request, accounts);
        }
        return visitor;
    }

    /** The visitor behind a request: its principal, role and cookies only. */
    static Visitor resolve(HttpServletRequest request, AccountDirectory accounts) {
        Principal principal = request.getUserPrincipal();
        Optional<AccountDirectory.Identity> account =
                principal == null ? Optional.empty() : accounts.findByUsername(principal.getName());
        Cookie[] cookies = request.getCookies();
        return new Visitor(
                account.map(AccountDirectory.Identity::accountId).orElse(null),
                account.map(AccountDirectory.Identity::displayName).orElse(""),
                account.map(AccountDirectory.Identity::language).orElse(null),
                account.map(AccountDirectory.Identity::zone).orElse(null),
                account.map(identity -> siteAdmin(identity, request)).orElse(false),
                Secret.MANAGEMENT.tokens(cookies),
                Secret.VOTE_EDIT.tokens(cookies));
    }

    /**
     * A local account is a site administrator while its flag is set (an administrator's change applies at once);
     * a directory user while the login's roles hold {@value #ADMIN_ROLE} (the directory's administrators' group).
     */
    private static boolean siteAdmin(AccountDirectory.Identity identity, HttpServletRequest request) {
        return identity.local() ? identity.flaggedAdmin() : request.isUserInRole(ADMIN_ROLE);
    }

    @Produces
    @Named("visitor")
    Visitor forPages() {
        return current();
    }
}
