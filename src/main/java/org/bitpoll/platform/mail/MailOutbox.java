package org.bitpoll.platform.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.bitpoll.platform.config.Settings;

/**
 * The outbox's store. {@link #enqueue} joins the caller's transaction, so a mail is queued exactly when what
 * caused it is stored; the delivery's methods each run in a transaction of their own, never while a mail is
 * being sent.
 */
@Stateless
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @PersistenceContext(unitName = "bitpoll")
    private EntityManager em;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @Inject
    private Event<MailQueued> queued;

    /**
     * Queues the mail {@code mail.<kind>.subject} / {@code mail.<kind>.body} to {@code to} in {@code language},
     * with the site name as its first argument and then these; it is sent after the caller's transaction commits.
     */
    public void enqueue(String kind, String to, Locale language, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = settings.getSiteName();
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        OutboxMail mail = new OutboxMail(
                kind,
                to,
                MailBundle.get(language, "mail." + kind + ".subject", all),
                MailBundle.get(language, "mail." + kind + ".body", all),
                clock.instant());
        em.persist(mail);
        em.flush();
        queued.fire(new MailQueued(mail.getId()));
    }

    /** The mails due for a try now, oldest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> dueIds(Instant now) {
        return em.createNamedQuery("OutboxMail.dueIds", Long.class)
                .setParameter("now", now)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<OutboxMail> find(Long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    /** The mail server took it: it leaves the outbox. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(Long id) {
        Optional.ofNullable(em.find(OutboxMail.class, id)).ifPresent(em::remove);
    }

    /**
     * A try failed at {@code now}: the mail waits for its next try, or is given up (deleted). Returns the time of
     * the next try, empty when given up.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Instant> failed(Long id, Instant now) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null) {
            return Optional.empty();
        }
        Optional<Instant> next = mail.failed(RetrySchedule.STANDARD, now);
        if (next.isEmpty()) {
            em.remove(mail);
            LOG.warning(() -> "Mail " + id + " (" + mail.getKind() + ") given up after " + mail.getAttempts()
                    + " failed tries since " + mail.getQueuedAt());
        }
        return next;
    }
}
