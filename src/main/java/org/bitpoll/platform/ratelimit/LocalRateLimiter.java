package org.bitpoll.platform.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The {@link RateLimiter} of one server: a Bucket4j token bucket per limit and key, in a Caffeine cache that holds
 * at most {@value #MAX_BUCKETS} buckets and drops a bucket once it has been left alone for its limit's period (by
 * then it would be full again, so forgetting it changes nothing). Under a flood of keys the least used buckets go
 * first. A changed limit (an operator's new setting) starts its keys' buckets afresh.
 */
@ApplicationScoped
public class LocalRateLimiter implements RateLimiter {

    /** A bucket with its cache entry takes about half a KB (measured): about 10 MB at most. */
    static final int MAX_BUCKETS = 20_000;

    private record Key(String limit, String key) {}

    private record Entry(Limit limit, Bucket bucket) {}

    private final LongSupplier nanoTime;
    private final Cache<Key, Entry> buckets;

    public LocalRateLimiter() {
        this(System::nanoTime, MAX_BUCKETS);
    }

    /** With a time source in nanoseconds, as {@link System#nanoTime()} (a fake one in tests), and a bound. */
    public LocalRateLimiter(LongSupplier nanoTime, int maxBuckets) {
        this.nanoTime = nanoTime;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxBuckets)
                .expireAfter(new IdleForPeriod())
                .ticker(nanoTime::getAsLong)
                .build();
    }

    @Override
    public Duration tryConsume(Limit limit, String key) {
        Entry entry = buckets.asMap()
                .compute(
                        new Key(limit.name(), key),
                        (k, old) -> old != null && old.limit().equals(limit) ? old : new Entry(limit, bucket(limit)));
        ConsumptionProbe probe = entry.bucket().tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    @Override
    public Duration waitFor(Limit limit, String key) {
        Entry entry = buckets.getIfPresent(new Key(limit.name(), key));
        if (entry == null || !entry.limit().equals(limit)) {
            return Duration.ZERO;
        }
        EstimationProbe probe = entry.bucket().estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    /**
     * Caffeine removes expired buckets only as a side effect of later reads and writes: on a quiet server idle
     * buckets would stay in memory until the next request. {@code cleanUp()} does that pending work now.
     */
    @Override
    public long releaseIdle() {
        long before = buckets.estimatedSize();
        buckets.cleanUp();
        return Math.max(0, before - buckets.estimatedSize());
    }

    /** How many buckets are held once the cache's pending expiry and eviction work is done (for tests). */
    long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket bucket(Limit limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.permits())
                        .refillGreedy(limit.permits(), limit.period())
                        .build())
                .withCustomTimePrecision(new TimeMeter() {
                    @Override
                    public long currentTimeNanos() {
                        return nanoTime.getAsLong();
                    }

                    @Override
                    public boolean isWallClockBased() {
                        return false;
                    }
                })
                .build();
    }

    /** A bucket expires when it has not been used for its limit's period. */
    private static final class IdleForPeriod implements Expiry<Key, Entry> {

        @Override
        public long expireAfterCreate(Key key, Entry entry, long currentTime) {
            return entry.limit().period().toNanos();
        }

        @Override
        public long expireAfterUpdate(Key key, Entry entry, long currentTime, long currentDuration) {
            return entry.limit().period().toNanos();
        }

        @Override
        public long expireAfterRead(Key key, Entry entry, long currentTime, long currentDuration) {
            return entry.limit().period().toNanos();
        }
    }
}
