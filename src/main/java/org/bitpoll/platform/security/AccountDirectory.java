package org.bitpoll.platform.security;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * Where {@link Visitors} looks up the account behind the container's logged-in principal. The accounts feature
 * implements it, so the platform imports no feature.
 */
public interface AccountDirectory {

    /**
     * An account as the visitor needs it: its id, the name it shows, the language and zone chosen in its settings,
     * whether it is kept here (not in the directory) and whether an administrator flagged it as a site administrator.
     */
    record Identity(
            Long accountId, String displayName, Locale language, ZoneId zone, boolean local, boolean flaggedAdmin) {}

    /** The active account of this user name; none for an unknown or disabled one. */
    Optional<Identity> findByUsername(String username);
}
