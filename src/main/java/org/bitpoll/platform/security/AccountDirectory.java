package org.bitpoll.platform.security;

import java.util.Optional;

/**
 * Where {@link Visitors} looks up the account behind the container's logged-in principal. The accounts feature
 * implements it, so the platform imports no feature.
 */
public interface AccountDirectory {

    /** An account as the visitor needs it: its id and the name it shows. */
    record Identity(Long accountId, String displayName) {}

    Optional<Identity> findByUsername(String username);
}
