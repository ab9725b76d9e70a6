package org.bitpoll.cleanup.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bitpoll.poll.domain.RetentionSweep;

/**
 * One cleanup run: each part runs even when another fails (a failure is logged with its part), and the run ends with
 * one log line of counts, such as {@code Cleanup: 3 expired used links forgotten, 12 idle rate-limit buckets
 * released, 1 poll owners warned (0 warnings failed), 2 old polls deleted}.
 */
public final class Cleanup {

    private static final Logger LOG = Logger.getLogger(Cleanup.class.getName());

    /** The poll retention's part, as of an instant. */
    @FunctionalInterface
    public interface Retention {
        RetentionSweep.Result run(Instant now);
    }

    private final Clock clock;
    private final ToIntFunction<Instant> expiredLinks;
    private final LongSupplier idleBuckets;
    private final Retention retention;

    /**
     * @param expiredLinks forgets the used links expired at an instant, returns how many
     * @param idleBuckets releases idle rate-limit buckets, returns how many
     * @param retention warns about and deletes old polls
     */
    public Cleanup(Clock clock, ToIntFunction<Instant> expiredLinks, LongSupplier idleBuckets, Retention retention) {
        this.clock = Objects.requireNonNull(clock);
        this.expiredLinks = Objects.requireNonNull(expiredLinks);
        this.idleBuckets = Objects.requireNonNull(idleBuckets);
        this.retention = Objects.requireNonNull(retention);
    }

    /** Runs every part as of the clock's now and returns the line it logged. */
    public String run() {
        Instant now = clock.instant();
        String links = part("expired used links", () -> expiredLinks.applyAsInt(now) + " expired used links forgotten");
        String buckets = part("idle rate limits", () -> idleBuckets.getAsLong() + " idle rate-limit buckets released");
        String polls = part("poll retention", () -> {
            RetentionSweep.Result result = retention.run(now);
            return result.warned() + " poll owners warned (" + result.warningsFailed() + " warnings failed), "
                    + result.deleted() + " old polls deleted";
        });
        String line = "Cleanup: " + links + ", " + buckets + ", " + polls;
        LOG.info(line);
        return line;
    }

    private static String part(String name, java.util.function.Supplier<String> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cleanup: the " + name + " part failed", e);
            return name + " failed";
        }
    }
}
