package org.bitpoll.cleanup.application;

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
import java.time.Clock;
import org.bitpoll.account.application.ExpiredLinks;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.ratelimit.RateLimiter;
import org.bitpoll.platform.scheduling.CalendarSchedules;
import org.bitpoll.platform.scheduling.PersistentTimers;
import org.bitpoll.poll.application.PollRetention;

/**
 * The cleanup's persistent timer ({@code info} {@value #INFO}) on the operator's schedule
 * ({@value #SETTING}). At start it keeps the timer a previous deployment left when its schedule is unchanged and
 * replaces it otherwise, so a redeploy never doubles it; a bad schedule fails the deployment with a message naming
 * the setting. Each run hands off to {@link Cleanup} outside a transaction: each part has its own.
 *
 * <p>It starts after the settings are checked and the schema is migrated ({@code DatabaseMigration}): a persistent
 * timer fires as soon as its bean can be created, at boot even before the deployment has finished, and a run then
 * found neither the newest columns nor, in a deployment that failed on a bad setting, a finished start (its calls
 * into the application's beans waited for it for ever, and the next redeploy waited for the run).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class CleanupTimer {

    static final String INFO = "bitpoll-cleanup";
    static final String SETTING = "bitpoll.cleanup-schedule";

    @Resource
    private TimerService timerService;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @Inject
    private ExpiredLinks expiredLinks;

    @Inject
    private RateLimiter rateLimiter;

    @Inject
    private PollRetention retention;

    @PostConstruct
    void schedule() {
        PersistentTimers.ensure(
                timerService, INFO, CalendarSchedules.parse(SETTING, settings.getCleanupSchedule()), SETTING);
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        new Cleanup(clock, expiredLinks::forget, rateLimiter::releaseIdle, retention::run).run();
    }
}
