package org.bitpoll.vote.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.bitpoll.poll.domain.AnswerValue;
import org.bitpoll.poll.domain.Choice;
import org.bitpoll.vote.domain.VoteRepository.VoteRow;

/**
 * The part of a poll's results that is the same for every viewer: its vote rows in display order, their cells as
 * indexes into the answer values (-1 when unanswered) over the active options, the cells' comments, whether an
 * answer of a deleted value is among them, and the summary over all votes. What a viewer may see of it is decided
 * per request ({@link ResultsTally}). Built once per version of a poll's results and kept in memory by the
 * application (never changed once built), so it is immutable; {@link #weightBytes()} estimates what it takes.
 */
public final class VoteMatrix {

    private final List<VoteRow> rows;
    private final int[][] cells;
    private final String[][] comments;
    private final boolean deletedValuesUsed;
    private final List<Scores.Column> summary;
    private volatile int[] hiddenOrder;

    private VoteMatrix(
            List<VoteRow> rows,
            int[][] cells,
            String[][] comments,
            boolean deletedValuesUsed,
            List<Scores.Column> summary) {
        this.rows = rows;
        this.cells = cells;
        this.comments = comments;
        this.deletedValuesUsed = deletedValuesUsed;
        this.summary = summary;
    }

    /** The vote rows in display order. */
    public List<VoteRow> rows() {
        return rows;
    }

    /** The cells of row {@code i}: per active option the index of its answer value, or -1. Not to be changed. */
    public int[] cells(int i) {
        return cells[i];
    }

    /** The comments of row {@code i} per active option (null where none), or null when it has none. */
    public String[] comments(int i) {
        return comments[i];
    }

    public boolean deletedValuesUsed() {
        return deletedValuesUsed;
    }

    /** The summary over all votes (shown or not, as {@link Visibility} decides). */
    public List<Scores.Column> summary() {
        return summary;
    }

    /**
     * The row indexes in the order that reveals nobody ({@link ResultsTally#hiddenOrderKey}): worked out once per
     * matrix, as it takes a digest per row. Not to be changed.
     */
    int[] hiddenOrder() {
        int[] order = hiddenOrder;
        if (order == null) {
            String[] keys = new String[rows.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = ResultsTally.hiddenOrderKey(rows.get(i));
            }
            order = IntStream.range(0, keys.length)
                    .boxed()
                    .sorted(Comparator.comparing(i -> keys[i]))
                    .mapToInt(Integer::intValue)
                    .toArray();
            hiddenOrder = order;
        }
        return order;
    }

    /**
     * About the bytes this matrix takes on the heap (object headers and references included, strings counted at two
     * bytes a character): what a cache of matrices weighs it by.
     */
    public long weightBytes() {
        long bytes = 64;
        for (int i = 0; i < rows.size(); i++) {
            VoteRow row = rows.get(i);
            bytes += 160
                    + 16
                    + 4L
                    + 4L * cells[i].length
                    + chars(row.name())
                    + chars(row.comment())
                    + chars(row.editKeyHash());
            if (comments[i] != null) {
                bytes += 16 + 8L * comments[i].length;
                for (String comment : comments[i]) {
                    bytes += chars(comment);
                }
            }
        }
        return bytes;
    }

    private static long chars(String text) {
        return text == null ? 0 : 40 + 2L * text.length();
    }

    /**
     * Collects the cells of a poll's vote rows, one by one (a {@link VoteRepository.CellConsumer}), so no object per
     * cell is made.
     */
    public static final class Builder {

        private final List<VoteRow> rows;
        private final int options;
        private final Map<Long, Integer> optionIndex = new HashMap<>();
        private final Map<Long, Integer> valueIndex = new HashMap<>();
        private final Map<Long, Integer> rowIndex;
        private final BigDecimal[] weights;
        private final boolean[] deleted;
        private final int[][] cells;
        private final String[][] comments;
        private boolean deletedValuesUsed;

        /** Starts collecting the cells of these vote rows (in display order) over the active options and values. */
        public Builder(List<Choice> activeOptions, List<AnswerValue> values, List<VoteRow> rows) {
            this.rows = List.copyOf(rows);
            options = activeOptions.size();
            for (int i = 0; i < options; i++) {
                optionIndex.put(activeOptions.get(i).getId(), i);
            }
            weights = new BigDecimal[values.size()];
            deleted = new boolean[values.size()];
            for (int i = 0; i < values.size(); i++) {
                valueIndex.put(values.get(i).getId(), i);
                weights[i] = values.get(i).getWeight();
                deleted[i] = values.get(i).isDeleted();
            }
            rowIndex = new HashMap<>(rows.size() * 2);
            cells = new int[rows.size()][];
            comments = new String[rows.size()][];
            for (int i = 0; i < rows.size(); i++) {
                rowIndex.put(rows.get(i).id(), i);
                cells[i] = new int[options];
                Arrays.fill(cells[i], -1);
            }
        }

        /** One answered cell; cells of deleted options, unknown values or other votes are left out. */
        public void cell(long voteId, long choiceId, long valueId, String comment) {
            Integer option = optionIndex.get(choiceId);
            Integer value = valueIndex.get(valueId);
            Integer row = rowIndex.get(voteId);
            if (option == null || value == null || row == null) {
                return;
            }
            cells[row][option] = value;
            deletedValuesUsed |= deleted[value];
            if (comment != null) {
                if (comments[row] == null) {
                    comments[row] = new String[options];
                }
                comments[row][option] = comment;
            }
        }

        /** The matrix once every cell is in. */
        public VoteMatrix build() {
            return new VoteMatrix(
                    rows,
                    cells,
                    comments,
                    deletedValuesUsed,
                    Scores.compute(Arrays.asList(cells), weights, deleted, options));
        }
    }
}
