package org.bitpoll.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import org.bitpoll.account.domain.Account;
import org.bitpoll.account.domain.AccountRepository;

/** The visitor of this request: the account behind the container's logged-in principal, looked up once. */
@Named
@RequestScoped
public class CurrentVisitor {

    /** The application role of site administrators. */
    public static final String ADMIN_ROLE = "admin";

    @Inject
    private HttpServletRequest request;

    @Inject
    private AccountRepository accounts;

    private Optional<Account> account;

    public Optional<Account> account() {
        if (account == null) {
            Principal principal = request.getUserPrincipal();
            account = principal == null ? Optional.empty() : accounts.findByUsername(principal.getName());
        }
        return account;
    }

    public boolean isLoggedIn() {
        return account().isPresent();
    }

    public String getDisplayName() {
        return account().map(Account::displayName).orElse("");
    }

    public boolean isSiteAdmin() {
        return request.getUserPrincipal() != null && request.isUserInRole(ADMIN_ROLE);
    }
}
