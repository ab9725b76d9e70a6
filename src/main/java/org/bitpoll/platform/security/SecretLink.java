package org.bitpoll.platform.security;

import java.util.Optional;

/**
 * Where the secret links of one kind lead, implemented by the feature that owns the secret. {@link SecretLinks}
 * answers the link; this only finds its target.
 */
public interface SecretLink {

    /** The target of a valid token: the id the browser remembers it under, and the address to go to. */
    record Target(Long id, String address) {}

    Secret secret();

    /** The target of a well-formed token, if the token is known. */
    Optional<Target> open(String token);
}
