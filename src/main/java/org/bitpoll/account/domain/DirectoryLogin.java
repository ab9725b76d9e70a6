package org.bitpoll.account.domain;

import java.util.Objects;
import java.util.Set;

/**
 * A directory user has logged in (fired as a CDI event inside the login's transaction): the account and the
 * directory groups the user is in now, for features that mirror directory groups (the groups feature).
 */
public record DirectoryLogin(Long accountId, Set<String> groups) {

    public DirectoryLogin {
        Objects.requireNonNull(accountId);
        groups = Set.copyOf(groups);
    }
}
