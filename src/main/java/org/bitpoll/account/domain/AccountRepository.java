package org.bitpoll.account.domain;

import java.util.Optional;

/** Where accounts are kept. */
public interface AccountRepository {

    Optional<Account> findById(Long id);

    Optional<Account> findByUsername(String username);

    void add(Account account);

    long count();
}
