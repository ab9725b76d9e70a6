package org.bitpoll.poll.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The grouped table header of a poll's options (reference F15, with its merge defect fixed): one header row per
 * group level; neighbouring options share a cell only when their whole path up to that level is equal, so
 * "A/X", "B/X" keep two "X" cells and equal times on different days are not merged. Each option keeps a cell
 * of its own for its last label, which spans the remaining rows when its path is shorter than the deepest one.
 */
public final class HeaderMatrix {

    /** One header cell: a label spanning {@code colspan} options and {@code rowspan} levels. */
    public record Cell(String label, int colspan, int rowspan) {}

    private final List<List<Cell>> rows;

    private HeaderMatrix(List<List<Cell>> rows) {
        this.rows = rows;
    }

    /** The header for options with these paths, in display order. Empty paths count as one empty label. */
    public static HeaderMatrix of(List<List<String>> paths) {
        List<List<String>> normalized = new ArrayList<>(paths.size());
        int depth = 0;
        for (List<String> path : paths) {
            List<String> p = path.isEmpty() ? List.of("") : path;
            normalized.add(p);
            depth = Math.max(depth, p.size());
        }
        List<List<Cell>> rows = new ArrayList<>(depth);
        for (int level = 0; level < depth; level++) {
            List<Cell> row = new ArrayList<>();
            int column = 0;
            while (column < normalized.size()) {
                List<String> path = normalized.get(column);
                if (path.size() <= level) {
                    column++;
                    continue;
                }
                boolean leaf = path.size() == level + 1;
                int span = 1;
                while (column + span < normalized.size()
                        && sameCell(path, normalized.get(column + span), level, leaf)) {
                    span++;
                }
                row.add(new Cell(path.get(level), span, leaf ? depth - level : 1));
                column += span;
            }
            rows.add(row);
        }
        return new HeaderMatrix(rows);
    }

    private static boolean sameCell(List<String> a, List<String> b, int level, boolean leaf) {
        if (leaf || b.size() <= level + 1) {
            return false;
        }
        return a.subList(0, level + 1).equals(b.subList(0, level + 1));
    }

    /** The header rows, top to bottom. */
    public List<List<Cell>> rows() {
        return rows;
    }

    /** The number of header rows. */
    public int depth() {
        return rows.size();
    }
}
