package org.bitpoll.account.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import org.bitpoll.account.domain.LinkRepository;

/**
 * The cleanup of mailed links. Registration, password-reset and e-mail links are signed and carry their own
 * expiry, so nothing is stored for a link that was sent; only a used link leaves a row (table {@code used_token}),
 * kept until the link would have expired anyway, then forgotten here.
 */
@Stateless
public class ExpiredLinks {

    @Inject
    private LinkRepository links;

    /** Forgets the used links that expired before {@code now}; how many. */
    public int forget(Instant now) {
        return links.forgetExpired(now);
    }
}
