package org.bitpoll.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.io.Serializable;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one timer of a bean across redeploys, on a timer service that keeps its timers as WildFly's persistent store
 * does: a start with the same schedule keeps the timer, a new schedule replaces it, doubles are cancelled.
 */
class PersistentTimersTest {

    private static final String SETTING = "bitpoll.cleanup-schedule";

    /** A stored timer of the fake service. */
    private static final class StoredTimer {
        final Serializable info;
        final ScheduleExpression schedule;
        final boolean persistent;
        boolean cancelled;

        StoredTimer(Serializable info, ScheduleExpression schedule, boolean persistent) {
            this.info = info;
            this.schedule = schedule;
            this.persistent = persistent;
        }

        Timer asTimer() {
            return (Timer) Proxy.newProxyInstance(
                    Timer.class.getClassLoader(),
                    new Class<?>[] {Timer.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getInfo" -> info;
                        case "getSchedule" -> schedule;
                        case "isPersistent" -> persistent;
                        case "isCalendarTimer" -> true;
                        case "getNextTimeout" -> new Date(0);
                        case "cancel" -> {
                            cancelled = true;
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    private final List<StoredTimer> store = new ArrayList<>();

    private final TimerService service = (TimerService) Proxy.newProxyInstance(
            TimerService.class.getClassLoader(), new Class<?>[] {TimerService.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "getTimers" -> {
                        return live().stream().map(StoredTimer::asTimer).toList();
                    }
                    case "createCalendarTimer" -> {
                        ScheduleExpression schedule = (ScheduleExpression) args[0];
                        if (schedule.getHour().equals("99")) {
                            throw new IllegalArgumentException("Invalid value for hour: 99");
                        }
                        TimerConfig config = (TimerConfig) args[1];
                        StoredTimer timer = new StoredTimer(config.getInfo(), schedule, config.isPersistent());
                        store.add(timer);
                        return timer.asTimer();
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                }
            });

    private List<StoredTimer> live() {
        return store.stream().filter(timer -> !timer.cancelled).toList();
    }

    private static ScheduleExpression schedule(String value) {
        return CalendarSchedules.parse(SETTING, value);
    }

    @Test
    void theFirstStartCreatesOnePersistentTimerWithItsName() {
        PersistentTimers.ensure(service, "bitpoll-cleanup", schedule("hour=3 minute=15"), SETTING);

        assertThat(live()).hasSize(1);
        assertThat(live().get(0).info).isEqualTo("bitpoll-cleanup");
        assertThat(live().get(0).persistent).isTrue();
    }

    @Test
    void aRedeployWithTheSameScheduleKeepsTheTimerInsteadOfDoublingIt() {
        PersistentTimers.ensure(service, "bitpoll-cleanup", schedule("hour=3 minute=15"), SETTING);
        StoredTimer first = live().get(0);

        PersistentTimers.ensure(service, "bitpoll-cleanup", schedule("minute=15 hour=3"), SETTING);
        PersistentTimers.ensure(service, "bitpoll-cleanup", schedule("hour=3 minute=15"), SETTING);

        assertThat(live()).containsExactly(first);
    }

    @Test
    void aNewScheduleReplacesTheOldTimer() {
        PersistentTimers.ensure(service, "bitpoll-cleanup", schedule("hour=3 minute=15"), SETTING);

        PersistentTimers.ensure(service, "bitpoll-cleanup", schedule("hour=4"), SETTING);

        assertThat(live()).hasSize(1);
        assertThat(live().get(0).schedule.getHour()).isEqualTo("4");
    }

    @Test
    void doublesAndTimersOfOtherNamesLeftByOlderVersionsAreCancelled() {
        ScheduleExpression daily = schedule("hour=3 minute=15");
        store.add(new StoredTimer("bitpoll-cleanup", daily, true));
        store.add(new StoredTimer("bitpoll-cleanup", schedule("hour=3 minute=15"), true));
        store.add(new StoredTimer("old-name", daily, true));
        store.add(new StoredTimer("bitpoll-cleanup", daily, false));

        PersistentTimers.ensure(service, "bitpoll-cleanup", daily, SETTING);

        assertThat(live()).containsExactly(store.get(0));
    }

    @Test
    void aScheduleTheServerRefusesNamesTheSetting() {
        ScheduleExpression refused = new ScheduleExpression().hour("99");

        assertThatThrownBy(() -> PersistentTimers.ensure(service, "bitpoll-cleanup", refused, SETTING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(SETTING + "=")
                .hasMessageContaining("refused by the server: Invalid value for hour: 99");
    }
}
