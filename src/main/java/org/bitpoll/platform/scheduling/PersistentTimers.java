package org.bitpoll.platform.scheduling;

import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.io.Serializable;
import java.util.logging.Logger;

/**
 * The one persistent calendar timer of a timer bean. Persistent programmatic timers outlive a redeploy and a
 * restart (WildFly keeps them in its timer store and restores them before the bean starts), so a bean that simply
 * created its timer at every start would run twice after one redeploy, three times after two. At start the bean
 * calls {@link #ensure}: an existing timer with the same name ({@code info}) and schedule is kept, every other one
 * of the bean (an old schedule, a double) is cancelled, and a timer is created only when none is left.
 */
public final class PersistentTimers {

    private static final Logger LOG = Logger.getLogger(PersistentTimers.class.getName());

    private PersistentTimers() {}

    /**
     * Makes {@code service} hold exactly one timer named {@code info} on {@code schedule}, and logs its next run
     * once. {@code setting} names the operator's setting the schedule came from, for the message when the server
     * refuses the schedule.
     */
    public static Timer ensure(TimerService service, String info, ScheduleExpression schedule, String setting) {
        Timer kept = null;
        for (Timer timer : service.getTimers()) {
            Serializable name = timer.getInfo();
            boolean same = info.equals(name)
                    && timer.isPersistent()
                    && timer.isCalendarTimer()
                    && CalendarSchedules.same(timer.getSchedule(), schedule);
            if (same && kept == null) {
                kept = timer;
            } else {
                timer.cancel();
            }
        }
        Timer timer = kept;
        if (timer == null) {
            try {
                timer = service.createCalendarTimer(schedule, new TimerConfig(info, true));
            } catch (IllegalArgumentException refused) {
                throw new IllegalArgumentException(
                        setting + "=\"" + CalendarSchedules.describe(schedule) + "\" is refused by the server: "
                                + refused.getMessage(),
                        refused);
            }
        }
        String how = kept == null ? " created" : " kept from before";
        String next = nextRun(timer);
        LOG.info(() -> "Timer " + info + " (" + setting + ": " + CalendarSchedules.describe(schedule) + ")" + how
                + "; next run " + next);
        return timer;
    }

    private static String nextRun(Timer timer) {
        try {
            return timer.getNextTimeout().toInstant().toString();
        } catch (RuntimeException none) {
            return "never (the schedule has no time left)";
        }
    }
}
