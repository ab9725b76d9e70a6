package org.bitpoll.account.application;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.bitpoll.account.domain.AccountRule;
import org.bitpoll.account.domain.LinkPurpose;
import org.bitpoll.account.domain.LinkRepository;
import org.bitpoll.account.domain.LinkSigner;
import org.bitpoll.account.domain.SignedLink;
import org.bitpoll.account.domain.UsedLink;
import org.bitpoll.platform.error.RuleViolation;

/**
 * The mailed links of this server: signed with the server's key (made once, kept in the database; see
 * {@link SigningKeys}), expiring after 24 hours, and, for those that work once, marked used in the transaction
 * that uses them.
 */
@ApplicationScoped
public class AccountLinks {

    @Inject
    private SigningKeys keys;

    @Inject
    private LinkRepository links;

    @Inject
    private Clock clock;

    private volatile LinkSigner signer;

    public String sign(LinkPurpose purpose, List<String> claims) {
        return signer().sign(purpose, claims);
    }

    /** A valid link of this purpose that has not been used. */
    public SignedLink read(String token, LinkPurpose purpose) {
        SignedLink link = signer().read(token, purpose);
        if (links.isUsed(link.id())) {
            throw new RuleViolation(AccountRule.LINK_USED);
        }
        return link;
    }

    /** Marks a link used in the caller's transaction; a second use fails, even in a race. */
    public void markUsed(SignedLink link) {
        links.markUsed(new UsedLink(link), clock.instant());
    }

    private LinkSigner signer() {
        LinkSigner current = signer;
        if (current == null) {
            byte[] key;
            try {
                key = keys.accountLinksKey();
            } catch (EJBException raced) {
                // another request stored the first key at the same moment: that one is read now
                key = keys.accountLinksKey();
            }
            current = new LinkSigner(key, clock);
            signer = current;
        }
        return current;
    }
}
