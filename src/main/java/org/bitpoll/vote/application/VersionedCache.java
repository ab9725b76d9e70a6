package org.bitpoll.vote.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * A bounded in-memory cache of what is worked out from one version of a poll's results ({@link
 * org.bitpoll.poll.domain.Poll#getResultsVersion}): every key names its poll and the version it was built from, so
 * a change (which raises the version in the database, on any server of a cluster) makes the next page load ask
 * for a key that is not there, and a value built from an older version is never handed out. When a newer version
 * of a poll has been loaded, the entries of its older versions are dropped at once. The values are weighed by
 * their bytes ({@link Weighted}); the least useful go first when the bound is reached (Caffeine's policy). A bound
 * of 0 keeps nothing: every get loads.
 */
public final class VersionedCache {

    /** A key: the poll and the version of its results the value is built from, and more for a part of it. */
    public interface Key {
        long pollId();

        long version();
    }

    /** A value: about the bytes it takes on the heap. */
    public interface Weighted {
        long weightBytes();
    }

    /** Told of each lookup: its key, and whether the value was found (else it was loaded). */
    public interface Lookups {
        void looked(Key key, boolean found);
    }

    private final Cache<Key, Weighted> cache;
    private final Lookups lookups;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /** A cache of at most {@code maxBytes} (weighed by {@link Weighted#weightBytes()}). */
    public VersionedCache(long maxBytes) {
        this(maxBytes, (key, found) -> {});
    }

    /** A cache of at most {@code maxBytes} that tells {@code lookups} of every lookup. */
    public VersionedCache(long maxBytes, Lookups lookups) {
        this.lookups = lookups;
        cache = maxBytes <= 0
                ? null
                : Caffeine.newBuilder()
                        .maximumWeight(maxBytes)
                        .weigher((Key key, Weighted value) -> (int) Math.min(Integer.MAX_VALUE, value.weightBytes()))
                        .build();
    }

    /**
     * The value of this key, loaded (once, whoever else asks at the same time) when it is not there. A load drops
     * the entries of the same poll's older versions.
     */
    @SuppressWarnings("unchecked")
    public <K extends Key, V extends Weighted> V get(K key, Function<? super K, ? extends V> loader) {
        if (cache == null) {
            misses.increment();
            lookups.looked(key, false);
            return loader.apply(key);
        }
        boolean[] loaded = {false};
        V value = (V) cache.get(key, k -> {
            loaded[0] = true;
            return loader.apply(key);
        });
        if (loaded[0]) {
            misses.increment();
            cache.asMap().keySet().removeIf(old -> old.pollId() == key.pollId() && old.version() < key.version());
        } else {
            hits.increment();
        }
        lookups.looked(key, !loaded[0]);
        return value;
    }

    /** How often a value was found. */
    public long hits() {
        return hits.sum();
    }

    /** How often a value had to be loaded. */
    public long misses() {
        return misses.sum();
    }

    /** The bytes the entries weigh now (after pending evictions). */
    public long weightBytes() {
        if (cache == null) {
            return 0;
        }
        cache.cleanUp();
        return cache.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    /** The number of entries now. */
    public long size() {
        return cache == null ? 0 : cache.estimatedSize();
    }
}
