package org.bitpoll.account.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.bitpoll.account.domain.AccountRule;
import org.bitpoll.account.domain.LinkRepository;
import org.bitpoll.account.domain.SigningKey;
import org.bitpoll.account.domain.UsedLink;
import org.bitpoll.platform.error.RuleViolation;

@ApplicationScoped
class JpaLinkRepository implements LinkRepository {

    @PersistenceContext(unitName = "bitpoll")
    private EntityManager em;

    @Override
    public Optional<SigningKey> findKey(String name) {
        return Optional.ofNullable(em.find(SigningKey.class, name));
    }

    @Override
    public void addKey(SigningKey key) {
        em.persist(key);
        em.flush();
    }

    @Override
    public boolean isUsed(String tokenId) {
        return em.find(UsedLink.class, tokenId) != null;
    }

    @Override
    public void markUsed(UsedLink link, Instant now) {
        forgetExpired(now);
        try {
            em.persist(link);
            em.flush();
        } catch (PersistenceException usedMeanwhile) {
            throw new RuleViolation(AccountRule.LINK_USED);
        }
    }

    @Override
    public int forgetExpired(Instant now) {
        // a plain timestamp parameter: both drivers compare it with the zoned column as the same instant
        return em.createNativeQuery("DELETE FROM used_token WHERE expires_at < ?")
                .setParameter(1, Timestamp.from(now))
                .executeUpdate();
    }
}
