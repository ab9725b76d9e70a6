package org.bitpoll.account.domain;

import java.time.Instant;
import java.util.List;

/**
 * The content of a valid mailed link, as {@link LinkSigner} read it: its purpose, when it was made, its random id
 * (under which a single-use link is marked used) and the values it carries.
 */
public record SignedLink(LinkPurpose purpose, Instant issued, String id, List<String> claims) {

    public SignedLink {
        claims = List.copyOf(claims);
    }

    /** When the link stops working. */
    public Instant expires() {
        return issued.plus(LinkSigner.VALIDITY);
    }
}
