package org.bitpoll.account.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.bitpoll.account.domain.Account;
import org.bitpoll.account.domain.AccountRepository;
import org.bitpoll.account.domain.DirectoryAttributes;
import org.bitpoll.account.domain.DirectoryLogin;

/**
 * What a login the realm has accepted changes here: the account row records the login; a directory user gets
 * their row at the first login and it takes over the directory's names and address at every login, and the
 * directory groups they are in are announced ({@link DirectoryLogin}) for the features that mirror them.
 */
@Stateless
public class Logins {

    private static final Logger LOG = Logger.getLogger(Logins.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private Clock clock;

    @Inject
    private Event<DirectoryLogin> directoryLogins;

    /**
     * Records the login of {@code username}; {@code directory} holds what the directory says of the user, or is
     * null when the local realm accepted the login. Returns false, and changes nothing, when a directory user's
     * name belongs to a local account here: the two are different people, and neither may act as the other.
     */
    public boolean recordLogin(String username, DirectoryAttributes directory) {
        Optional<Account> existing = accounts.findByUsername(username);
        if (directory != null && existing.isPresent() && existing.get().isLocal()) {
            LOG.warning("A directory user has the name of a local account; the login is refused");
            return false;
        }
        Account account = existing.orElseGet(() -> {
            Account created = Account.directory(username, clock.instant());
            accounts.add(created);
            return created;
        });
        account.loggedIn(directory, clock.instant());
        if (directory != null && !account.isLocal()) {
            directoryLogins.fire(new DirectoryLogin(account.getId(), directory.groups()));
        }
        return true;
    }
}
