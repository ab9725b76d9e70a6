package org.bitpoll.vote.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The rules of the results cache: versioned keys, loading once, dropping older versions, the bound in bytes. */
class VersionedCacheTest {

    private record Key(long pollId, long version, String part) implements VersionedCache.Key {}

    private record Value(String text, long weightBytes) implements VersionedCache.Weighted {}

    private final AtomicInteger loads = new AtomicInteger();

    private Value load(Key key) {
        loads.incrementAndGet();
        return new Value(key.pollId() + "@" + key.version() + ":" + key.part(), 1000);
    }

    @Test
    void aValueIsLoadedOnceAndThenFound() {
        List<String> lookups = new ArrayList<>();
        VersionedCache cache = new VersionedCache(1_000_000, (key, found) -> lookups.add(found ? "hit" : "miss"));

        Value first = cache.get(new Key(1, 5, "rows"), this::load);
        Value second = cache.get(new Key(1, 5, "rows"), this::load);

        assertThat(first).isSameAs(second);
        assertThat(loads).hasValue(1);
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isEqualTo(1);
        assertThat(lookups).containsExactly("miss", "hit");
    }

    @Test
    void aNewVersionIsLoadedAndDropsTheOlderVersionsOfThatPollOnly() {
        VersionedCache cache = new VersionedCache(1_000_000);
        cache.get(new Key(1, 5, "matrix"), this::load);
        cache.get(new Key(1, 5, "rows"), this::load);
        cache.get(new Key(2, 3, "rows"), this::load);

        Value changed = cache.get(new Key(1, 6, "matrix"), this::load);

        assertThat(changed.text()).isEqualTo("1@6:matrix");
        assertThat(cache.size()).isEqualTo(2);
        cache.get(new Key(2, 3, "rows"), this::load);
        assertThat(loads).as("the other poll's entry stayed").hasValue(4);
        cache.get(new Key(1, 5, "rows"), this::load);
        assertThat(loads).as("the old version is gone and loads again").hasValue(5);
    }

    @Test
    void valuesAreWeighedByTheirBytesWithinTheBound() {
        VersionedCache cache = new VersionedCache(10_000);
        for (int poll = 0; poll < 50; poll++) {
            cache.get(new Key(poll, 1, "rows"), this::load);
        }

        assertThat(cache.weightBytes()).isLessThanOrEqualTo(10_000).isGreaterThan(0);
        assertThat(cache.size()).isLessThanOrEqualTo(10);
    }

    @Test
    void aBoundOfNothingKeepsNothing() {
        VersionedCache cache = new VersionedCache(0);

        cache.get(new Key(1, 1, "rows"), this::load);
        cache.get(new Key(1, 1, "rows"), this::load);

        assertThat(loads).hasValue(2);
        assertThat(cache.size()).isZero();
        assertThat(cache.misses()).isEqualTo(2);
    }
}
