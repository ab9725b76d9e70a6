package org.bitpoll.cleanup.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bitpoll.poll.domain.RetentionSweep;
import org.junit.jupiter.api.Test;

/** One cleanup run on a fixed clock: every part gets the same now, a failing part stops no other, one log line. */
class CleanupTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-07-01T03:15:00Z"), ZoneOffset.UTC);

    private final List<Instant> seen = new ArrayList<>();

    @Test
    void runsEveryPartAsOfTheClocksNowAndLogsTheCounts() {
        Cleanup cleanup = new Cleanup(
                CLOCK,
                now -> {
                    seen.add(now);
                    return 3;
                },
                () -> 12,
                now -> {
                    seen.add(now);
                    return new RetentionSweep.Result(1, 2, 4);
                });

        String line = cleanup.run();

        assertThat(seen).containsExactly(CLOCK.instant(), CLOCK.instant());
        assertThat(line)
                .isEqualTo("Cleanup: 3 expired used links forgotten, 12 idle rate-limit buckets released,"
                        + " 1 poll owners warned (2 warnings failed), 4 old polls deleted");
    }

    @Test
    void aFailingPartIsReportedAndTheOthersStillRun() {
        Cleanup cleanup = new Cleanup(
                CLOCK,
                now -> {
                    throw new IllegalStateException("database down");
                },
                () -> 12,
                now -> {
                    seen.add(now);
                    return new RetentionSweep.Result(0, 0, 0);
                });

        String line = cleanup.run();

        assertThat(seen).hasSize(1);
        assertThat(line).startsWith("Cleanup: expired used links failed, 12 idle rate-limit buckets released, ");
    }
}
