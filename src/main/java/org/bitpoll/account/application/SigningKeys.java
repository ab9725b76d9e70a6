package org.bitpoll.account.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.bitpoll.account.domain.LinkRepository;
import org.bitpoll.account.domain.SigningKey;

/** The server's signing keys, made at first use in a transaction of their own. */
@Stateless
public class SigningKeys {

    @Inject
    private LinkRepository links;

    @Inject
    private Clock clock;

    /** The key of the mailed account links; made and stored if there is none yet. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public byte[] accountLinksKey() {
        return links.findKey(SigningKey.ACCOUNT_LINKS)
                .orElseGet(() -> {
                    SigningKey key = SigningKey.generate(SigningKey.ACCOUNT_LINKS, clock.instant());
                    links.addKey(key);
                    return key;
                })
                .bytes();
    }
}
