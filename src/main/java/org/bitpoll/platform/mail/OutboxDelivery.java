package org.bitpoll.platform.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.bitpoll.platform.metrics.Metrics;

/**
 * Sends the mails of the outbox that are due, through the server's mail session {@code java:jboss/mail/Bitpoll},
 * one at a time and outside any transaction. One run at a time: a call while a run is under way makes that run
 * look once more when it is done, and returns at once. Each failure is logged with its reason (never the
 * recipient) and counted ({@code bitpoll_mail_deliveries_total}); the mail then waits for its next try.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    @Resource(lookup = "java:jboss/mail/Bitpoll")
    private Session session;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Metrics metrics;

    @Inject
    private Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    /** Delivers the due mails on another thread (after a transaction that queued mails has committed). */
    @Asynchronous
    public void deliverSoon() {
        deliverDue();
    }

    /** Delivers the due mails now, or has the run under way look once more. */
    public void deliverDue() {
        again.set(true);
        while (again.get() && running.compareAndSet(false, true)) {
            try {
                again.set(false);
                for (Long id : outbox.dueIds(clock.instant())) {
                    outbox.find(id).ifPresent(this::deliver);
                }
            } finally {
                running.set(false);
            }
        }
    }

    private void deliver(OutboxMail mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), true));
            message.setSubject(mail.getSubject(), "UTF-8");
            message.setText(mail.getBody(), "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            Transport.send(message);
        } catch (SendFailedException refused) {
            // its message lists the refused addresses: not for the log
            failed(mail, "refused by the mail server for its sender or recipient");
            return;
        } catch (MessagingException e) {
            failed(mail, e.toString());
            return;
        }
        outbox.sent(mail.getId());
        metrics.mailSent();
    }

    private void failed(OutboxMail mail, String reason) {
        Optional<Instant> next = outbox.failed(mail.getId(), clock.instant());
        if (next.isPresent()) {
            metrics.mailFailed();
            LOG.warning(() -> "Mail " + mail.getId() + " (" + mail.getKind() + ") could not be sent, try "
                    + (mail.getAttempts() + 1) + ", next try at " + next.get() + ": " + reason);
        } else {
            metrics.mailGivenUp();
        }
    }
}
