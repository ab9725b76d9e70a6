package org.bitpoll.vote.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary row (reference F5 with its defects fixed). For each option: the sum of the weights of the answers
 * given, the score as that sum divided by the number of all votes (an unanswered cell counts 0, so the score is the
 * average over all participants), and how often each answer value was given. Answers with a deleted value count
 * like unanswered cells (the poll page warns about them) but are still counted per value. Without answers (of
 * values not deleted) the sum and score are absent ("n/a"); with no votes no option is best; ties are all best.
 */
public final class Scores {

    /** One option's summary; {@code counts[i]} belongs to the i-th answer value. */
    public record Column(BigDecimal sum, Double score, int[] counts, boolean best) {}

    private Scores() {}

    /**
     * @param cells        per vote, per option (in display order) the index of the answer value, or -1
     * @param weights      the weight of each answer value
     * @param deleted      whether each answer value is deleted
     * @param options      the number of options
     */
    public static List<Column> compute(List<int[]> cells, BigDecimal[] weights, boolean[] deleted, int options) {
        int voteCount = cells.size();
        BigDecimal[] sums = new BigDecimal[options];
        int[][] counts = new int[options][weights.length];
        for (int[] row : cells) {
            for (int option = 0; option < options; option++) {
                int value = row[option];
                if (value < 0) {
                    continue;
                }
                counts[option][value]++;
                if (!deleted[value]) {
                    sums[option] = sums[option] == null ? weights[value] : sums[option].add(weights[value]);
                }
            }
        }
        Double[] scores = new Double[options];
        double best = Double.NEGATIVE_INFINITY;
        for (int option = 0; option < options; option++) {
            if (sums[option] != null && voteCount > 0) {
                scores[option] = sums[option].doubleValue() / voteCount;
                best = Math.max(best, scores[option]);
            }
        }
        List<Column> columns = new ArrayList<>(options);
        for (int option = 0; option < options; option++) {
            boolean isBest = scores[option] != null && scores[option] == best;
            columns.add(new Column(sums[option], scores[option], counts[option], isBest));
        }
        return columns;
    }
}
