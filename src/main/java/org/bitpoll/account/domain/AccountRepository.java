package org.bitpoll.account.domain;

import java.util.List;
import java.util.Optional;

/** Where accounts are kept. */
public interface AccountRepository {

    Optional<Account> findById(Long id);

    Optional<Account> findByUsername(String username);

    void add(Account account);

    long count();

    /** Whether a local or directory account has this user name, ignoring case. */
    boolean usernameTaken(String username);

    /** The accounts with this e-mail address, ignoring case. */
    List<Account> findByEmail(String email);
}
