package org.bitpoll.account.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bitpoll.account.domain.Account;
import org.bitpoll.account.domain.AccountRepository;
import org.bitpoll.account.domain.EmailAddresses;
import org.bitpoll.platform.persistence.Like;

@ApplicationScoped
class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "bitpoll")
    private EntityManager em;

    @Override
    public Optional<Account> findById(Long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery("Account.findByUsername", Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public long count() {
        return em.createNamedQuery("Account.count", Long.class).getSingleResult();
    }

    @Override
    public void add(Account account) {
        em.persist(account);
    }

    @Override
    public List<Account> search(String text, int first, int max) {
        return em.createNamedQuery("Account.search", Account.class)
                .setParameter("pattern", Like.containing(text))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countSearch(String text) {
        return em.createNamedQuery("Account.countSearch", Long.class)
                .setParameter("pattern", Like.containing(text))
                .getSingleResult();
    }

    @Override
    public void remove(Account account) {
        em.remove(em.contains(account) ? account : em.merge(account));
    }

    @Override
    public boolean usernameTaken(String username) {
        return !em.createQuery("SELECT a.id FROM Account a WHERE LOWER(a.username) = :username", Long.class)
                .setParameter("username", username.toLowerCase(Locale.ROOT))
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<Account> findByEmail(String email) {
        return em.createQuery("SELECT a FROM Account a WHERE LOWER(a.email) = :email ORDER BY a.id", Account.class)
                .setParameter("email", EmailAddresses.key(email))
                .getResultList();
    }
}
