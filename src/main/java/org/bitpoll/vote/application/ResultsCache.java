package org.bitpoll.vote.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import java.util.logging.Logger;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.metrics.Metrics;

/**
 * This server's memory of the poll pages' results grids ({@link VersionedCache}): a poll's vote matrix (its votes
 * and cells, read with two statements) and runs of its rendered rows, under the version of the poll's results they
 * were built from. At most {@code bitpoll.results-cache-mb} megabytes (read at start); every lookup is counted in
 * {@code bitpoll.results.cache}.
 */
@ApplicationScoped
public class ResultsCache {

    private static final Logger LOG = Logger.getLogger(ResultsCache.class.getName());

    /** Names the part of the grid a key is for, in the metrics. */
    public interface Part extends VersionedCache.Key {
        String part();
    }

    @Inject
    private Settings settings;

    @Inject
    private Metrics metrics;

    private VersionedCache cache;

    @PostConstruct
    void start() {
        int megabytes = settings.getResultsCacheMegabytes();
        cache = new VersionedCache(
                megabytes * 1024L * 1024L, (key, found) -> metrics.resultsCacheLookup(((Part) key).part(), found));
        LOG.info(() -> "Poll pages keep their results grids in at most " + megabytes + " MB");
    }

    /** The value of this key, loaded when it is not in memory (see {@link VersionedCache#get}). */
    public <K extends Part, V extends VersionedCache.Weighted> V get(K key, Function<? super K, ? extends V> loader) {
        return cache.get(key, loader);
    }
}
