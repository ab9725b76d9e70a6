package org.bitpoll.account.domain;

import java.util.List;
import java.util.Optional;

/** Where accounts are kept. */
public interface AccountRepository {

    Optional<Account> findById(Long id);

    Optional<Account> findByUsername(String username);

    void add(Account account);

    long count();

    /**
     * Accounts whose user name, first, last or display name or e-mail address contains {@code text} (ignoring
     * case; empty: all), by user name, from the {@code first} on, at most {@code max}.
     */
    List<Account> search(String text, int first, int max);

    /** How many accounts {@link #search} finds in all. */
    long countSearch(String text);

    /** Deletes an account; the database unlinks or removes what refers to it. */
    void remove(Account account);

    /** Whether a local or directory account has this user name, ignoring case. */
    boolean usernameTaken(String username);

    /** The accounts with this e-mail address, ignoring case. */
    List<Account> findByEmail(String email);
}
