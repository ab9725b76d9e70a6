package org.bitpoll.account.domain;

import java.time.Instant;
import java.util.Optional;

/** Where the signing keys and the used single-use links are kept. */
public interface LinkRepository {

    Optional<SigningKey> findKey(String name);

    /** Stores a new key; fails if another one of that name was stored meanwhile. */
    void addKey(SigningKey key);

    boolean isUsed(String tokenId);

    /**
     * Marks a link used, in the caller's transaction (which then fails if another request marked it first), and
     * forgets the used links that have expired by {@code now}.
     */
    void markUsed(UsedLink link, Instant now);

    /** Forgets the used links that have expired by {@code now} (they could not be used again anyway); how many. */
    int forgetExpired(Instant now);
}
