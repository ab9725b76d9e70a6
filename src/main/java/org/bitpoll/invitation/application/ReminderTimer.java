package org.bitpoll.invitation.application;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.scheduling.CalendarSchedules;
import org.bitpoll.platform.scheduling.PersistentTimers;

/**
 * The automatic reminders' persistent timer ({@code info} {@value #INFO}) on the operator's schedule
 * ({@value #SETTING}), kept across redeploys without doubling like the cleanup's. Each run hands off to
 * {@link InvitationService#sendDueReminders} outside a transaction; a failing run is logged and the next one tries
 * again. It starts after the settings are checked and the schema is migrated.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

    static final String INFO = "bitpoll-reminders";
    static final String SETTING = "bitpoll.reminder-schedule";

    @Resource
    private TimerService timerService;

    @Inject
    private Settings settings;

    @Inject
    private InvitationService invitations;

    @PostConstruct
    void schedule() {
        PersistentTimers.ensure(
                timerService, INFO, CalendarSchedules.parse(SETTING, settings.getReminderSchedule()), SETTING);
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        try {
            invitations.sendDueReminders();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminders: the run failed; the next run tries again", e);
        }
    }
}
