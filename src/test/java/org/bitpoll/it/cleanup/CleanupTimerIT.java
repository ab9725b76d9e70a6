package org.bitpoll.it.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.bitpoll.it.support.Management;
import org.bitpoll.it.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The cleanup's persistent timer through the management API, as an operator sees it: one timer named
 * {@code bitpoll-cleanup}, and still one after two redeploys (persistent timers outlive a deployment, so a bean that
 * created one at every start would hold three).
 */
class CleanupTimerIT {

    private final Management management = new Management();

    @Test
    void redeploysKeepExactlyOneCleanupTimer() throws InterruptedException {
        assertThat(management.timerInfos("CleanupTimer")).containsExactly("bitpoll-cleanup");

        assertThat(management.redeploy()).contains("\"outcome\" : \"success\"");
        assertThat(management.redeploy()).contains("\"outcome\" : \"success\"");

        Instant deadline = Instant.now().plusSeconds(60);
        while (new WebClient().raw("/").statusCode() != 200) {
            assertThat(Instant.now()).as("the site answers after the redeploys").isBefore(deadline);
            Thread.sleep(500);
        }
        assertThat(management.timerInfos("CleanupTimer")).containsExactly("bitpoll-cleanup");
    }
}
