package org.bitpoll.account.domain;

import java.util.Set;

/**
 * What the directory says of a user at login (the LDAP realm's attributes on the security identity): names, the
 * display name and the mail address, blank where the directory has nothing, and the names of the directory groups
 * the user is in (the realm's {@code Roles} attribute, before any role mapping).
 */
public record DirectoryAttributes(
        String firstName, String lastName, String displayName, String email, Set<String> groups) {

    public DirectoryAttributes {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }
}
