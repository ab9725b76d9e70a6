package org.bitpoll.comment.application;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.bitpoll.account.application.SigningKeys;
import org.bitpoll.account.domain.LinkSigner;
import org.bitpoll.comment.domain.Challenges;
import org.bitpoll.platform.config.Settings;

/**
 * The guests' anti-spam questions of this server: signed with the server's key for signed links (made once, kept
 * in the database, see {@link SigningKeys}; the purpose in the signed content keeps a question from ever working
 * as a mailed link and back), valid for {@code bitpoll.comment-challenge-minutes} (30 by default), drawn from a
 * {@link SecureRandom}. That each is answered once is {@link UsedChallenges}' part.
 */
@ApplicationScoped
public class CommentChallenges {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private SigningKeys keys;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    private volatile LinkSigner signer;

    /** The questions with the validity set now (an operator may change it while the server runs). */
    public Challenges challenges() {
        return new Challenges(signer(), Duration.ofMinutes(settings.getCommentChallengeMinutes()), clock, RANDOM);
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
