package org.bitpoll.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock of the application: services and page beans inject it rather than asking for the time. */
@ApplicationScoped
public class Clocks {

    /** The system clock in UTC; zones are applied where times are shown. */
    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
