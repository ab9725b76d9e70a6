package org.bitpoll.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.scheduling.CalendarSchedules;
import org.bitpoll.platform.scheduling.PersistentTimers;

/**
 * The outbox's persistent timer ({@code info} {@value #INFO}) on the operator's schedule ({@value #SETTING},
 * every minute unless set): each run delivers the mails whose next try is due, such as those queued while the mail
 * server was down. Like the cleanup's timer it is kept, not doubled, across redeploys, and starts after the schema
 * is migrated.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class OutboxTimer {

    static final String INFO = "bitpoll-mail-outbox";
    static final String SETTING = "bitpoll.mail-retry-schedule";

    @Resource
    private TimerService timerService;

    @Inject
    private Settings settings;

    @Inject
    private OutboxDelivery delivery;

    @PostConstruct
    void schedule() {
        PersistentTimers.ensure(
                timerService, INFO, CalendarSchedules.parse(SETTING, settings.getMailRetrySchedule()), SETTING);
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        delivery.deliverDue();
    }
}
