package org.bitpoll.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.bitpoll.account.domain.Account;
import org.bitpoll.account.domain.AccountRepository;
import org.bitpoll.platform.security.AccountDirectory;

/**
 * The accounts as the platform's visitor needs them: the active account behind a logged-in principal, with its
 * settings' language and zone, in the one statement a logged-in request reads its account with.
 */
@ApplicationScoped
public class KnownAccounts implements AccountDirectory {

    @Inject
    private AccountRepository accounts;

    @Override
    public Optional<Identity> findByUsername(String username) {
        return accounts.findByUsername(username)
                .filter(Account::isActive)
                .map(account -> new Identity(
                        account.getId(),
                        account.displayName(),
                        account.locale(),
                        account.zone(),
                        account.isLocal(),
                        account.isSiteAdmin()));
    }
}
