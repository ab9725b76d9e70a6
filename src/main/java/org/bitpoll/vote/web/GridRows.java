package org.bitpoll.vote.web;

import java.util.Arrays;
import java.util.function.Supplier;
import org.bitpoll.vote.application.ResultsCache;

/**
 * The rows of one viewer's results grid as runs of rows (the grid's row groups of {@value
 * ResultsTable#ROWS_PER_GROUP}) kept in the {@link ResultsCache}. A run is
 * what the grid's row writer wrote for those rows, so its key holds everything a row's markup depends on: the poll and
 * the version of its results (its votes, cells, options, answer values and settings), the view (the viewer's
 * language, which gives the texts and date formats, their time zone and the application's path), and per row the
 * vote and what this viewer may do with it and see of it ({@link #rowKey}). Two viewers share a run only when all of
 * that is equal, so a row is never shown with another viewer's rights: a guest's runs serve every guest, and a
 * viewer with an own row gets the run around it rendered for them.
 */
public final class GridRows {

    private final ResultsCache cache;
    private final long pollId;
    private final long version;
    private final String view;
    private final long[] rowKeys;

    /** The rows {@code rowKeys} ({@link #rowKey}), in display order, of this poll's version seen in {@code view}. */
    public GridRows(ResultsCache cache, long pollId, long version, String view, long[] rowKeys) {
        this.cache = cache;
        this.pollId = pollId;
        this.version = version;
        this.view = view;
        this.rowKeys = rowKeys;
    }

    /**
     * What a row's markup depends on besides the poll's version and the view: the vote, and whether it is the
     * viewer's, whether they may change it, assign it, and whether its participant is hidden from them.
     */
    public static long rowKey(long voteId, boolean mine, boolean changeable, boolean assignable, boolean nameHidden) {
        return voteId << 4 | (mine ? 1 : 0) | (changeable ? 2 : 0) | (assignable ? 4 : 0) | (nameHidden ? 8 : 0);
    }

    /** The view part of the key: the language, time zone and application path the markup was written for. */
    public static String view(String languageTag, String zoneId, String contextPath) {
        return languageTag + ' ' + zoneId + ' ' + contextPath;
    }

    /** The key of the run of rows from {@code from} (inclusive) to {@code to} (exclusive). */
    Key key(int from, int to) {
        return new Key(pollId, version, view, Arrays.copyOfRange(rowKeys, from, to));
    }

    /** The run of rows from {@code from} to {@code to}, rendered by {@code render} when it is not in memory. */
    GridChunk chunk(int from, int to, Supplier<String> render) {
        return cache.get(key(from, to), key -> GridChunk.of(render.get()));
    }

    /** The key of a run of rows. */
    static final class Key implements ResultsCache.Part {

        private final long pollId;
        private final long version;
        private final String view;
        private final long[] rows;
        private final int hash;

        Key(long pollId, long version, String view, long[] rows) {
            this.pollId = pollId;
            this.version = version;
            this.view = view;
            this.rows = rows;
            this.hash = 31 * (31 * (31 * Long.hashCode(pollId) + Long.hashCode(version)) + view.hashCode())
                    + Arrays.hashCode(rows);
        }

        @Override
        public long pollId() {
            return pollId;
        }

        @Override
        public long version() {
            return version;
        }

        @Override
        public String part() {
            return "rows";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && key.hash == hash
                    && key.pollId == pollId
                    && key.version == version
                    && key.view.equals(view)
                    && Arrays.equals(key.rows, rows);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
