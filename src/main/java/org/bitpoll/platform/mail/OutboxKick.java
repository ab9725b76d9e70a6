package org.bitpoll.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Starts the delivery of queued mails once the transaction that queued them has committed (never when it rolled
 * back), on another thread: the request that queued them neither waits for the mail server nor fails with it.
 */
@ApplicationScoped
public class OutboxKick {

    @Inject
    private OutboxDelivery delivery;

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued mail) {
        delivery.deliverSoon();
    }
}
