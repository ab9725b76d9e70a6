package org.bitpoll.poll.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bitpoll.poll.domain.HeaderMatrix.Cell;
import org.junit.jupiter.api.Test;

class HeaderMatrixTest {

    @Test
    void referenceExampleGroupsLunchAndLetsDinnerSpanBothRows() {
        HeaderMatrix matrix =
                HeaderMatrix.of(List.of(List.of("Lunch", "Mon"), List.of("Lunch", "Tue"), List.of("Dinner")));

        assertThat(matrix.depth()).isEqualTo(2);
        assertThat(matrix.rows().get(0)).containsExactly(new Cell("Lunch", 2, 1), new Cell("Dinner", 1, 2));
        assertThat(matrix.rows().get(1)).containsExactly(new Cell("Mon", 1, 1), new Cell("Tue", 1, 1));
    }

    @Test
    void equalLabelsUnderDifferentParentsAreNotMerged() {
        HeaderMatrix matrix = HeaderMatrix.of(List.of(List.of("A", "X"), List.of("B", "X")));

        assertThat(matrix.rows().get(0)).containsExactly(new Cell("A", 1, 1), new Cell("B", 1, 1));
        assertThat(matrix.rows().get(1)).containsExactly(new Cell("X", 1, 1), new Cell("X", 1, 1));
    }

    @Test
    void equalTimesOnDifferentDaysAreNotMerged() {
        HeaderMatrix matrix =
                HeaderMatrix.of(List.of(List.of("day1", "09:00"), List.of("day1", "13:00"), List.of("day2", "09:00")));

        assertThat(matrix.depth()).isEqualTo(2);
        assertThat(matrix.rows().get(0)).containsExactly(new Cell("day1", 2, 1), new Cell("day2", 1, 1));
        assertThat(matrix.rows().get(1))
                .containsExactly(new Cell("09:00", 1, 1), new Cell("13:00", 1, 1), new Cell("09:00", 1, 1));
    }

    @Test
    void sameTimeOnConsecutiveDaysStaysTwoCells() {
        HeaderMatrix matrix =
                HeaderMatrix.of(List.of(List.of("day1", "09:00"), List.of("day2", "09:00"), List.of("day3", "09:00")));

        assertThat(matrix.rows().get(1)).hasSize(3).allMatch(cell -> cell.colspan() == 1);
    }

    @Test
    void identicalLeavesStaySeparateCells() {
        HeaderMatrix matrix = HeaderMatrix.of(List.of(List.of("A"), List.of("A")));

        assertThat(matrix.depth()).isEqualTo(1);
        assertThat(matrix.rows().get(0)).containsExactly(new Cell("A", 1, 1), new Cell("A", 1, 1));
    }

    @Test
    void identicalPathsShareTheirGroupButNotTheirLeaf() {
        HeaderMatrix matrix = HeaderMatrix.of(List.of(List.of("G", "A"), List.of("G", "A")));

        assertThat(matrix.rows().get(0)).containsExactly(new Cell("G", 2, 1));
        assertThat(matrix.rows().get(1)).containsExactly(new Cell("A", 1, 1), new Cell("A", 1, 1));
    }

    @Test
    void leafIsNotMergedWithAGroupOfTheSameName() {
        HeaderMatrix matrix = HeaderMatrix.of(List.of(List.of("Lunch"), List.of("Lunch", "Mon")));

        assertThat(matrix.rows().get(0)).containsExactly(new Cell("Lunch", 1, 2), new Cell("Lunch", 1, 1));
        assertThat(matrix.rows().get(1)).containsExactly(new Cell("Mon", 1, 1));
    }

    @Test
    void groupsOnlyMergeWhenNeighbouring() {
        HeaderMatrix matrix = HeaderMatrix.of(List.of(List.of("G", "a"), List.of("H", "b"), List.of("G", "c")));

        assertThat(matrix.rows().get(0)).containsExactly(new Cell("G", 1, 1), new Cell("H", 1, 1), new Cell("G", 1, 1));
    }

    @Test
    void shortPathLeafSpansTheRemainingLevels() {
        HeaderMatrix matrix = HeaderMatrix.of(List.of(List.of("a", "b", "c"), List.of("a", "b"), List.of("d")));

        assertThat(matrix.depth()).isEqualTo(3);
        assertThat(matrix.rows().get(0)).containsExactly(new Cell("a", 2, 1), new Cell("d", 1, 3));
        assertThat(matrix.rows().get(1)).containsExactly(new Cell("b", 1, 1), new Cell("b", 1, 2));
        assertThat(matrix.rows().get(2)).containsExactly(new Cell("c", 1, 1));
    }

    @Test
    void cellsTileTheHeaderAndEveryOptionEndsInOneLeafCell() {
        List<List<String>> paths =
                List.of(List.of("a", "b", "c"), List.of("a", "b"), List.of("a", "x", "y"), List.of("d"), List.of("d"));
        HeaderMatrix matrix = HeaderMatrix.of(paths);

        int area = 0;
        int leafColumns = 0;
        for (int level = 0; level < matrix.depth(); level++) {
            for (Cell cell : matrix.rows().get(level)) {
                area += cell.colspan() * cell.rowspan();
                if (level + cell.rowspan() == matrix.depth()) {
                    assertThat(cell.colspan()).as("leaf %s", cell).isEqualTo(1);
                    leafColumns++;
                } else {
                    assertThat(cell.rowspan()).as("group %s", cell).isEqualTo(1);
                }
            }
        }
        assertThat(matrix.depth()).isEqualTo(3);
        assertThat(area).isEqualTo(paths.size() * matrix.depth());
        assertThat(leafColumns).isEqualTo(paths.size());
    }

    @Test
    void emptyListHasDepthZero() {
        HeaderMatrix matrix = HeaderMatrix.of(List.of());

        assertThat(matrix.depth()).isZero();
        assertThat(matrix.rows()).isEmpty();
    }

    @Test
    void singleLevelPathsHaveDepthOne() {
        HeaderMatrix matrix = HeaderMatrix.of(List.of(List.of("A"), List.of("B"), List.of("C")));

        assertThat(matrix.depth()).isEqualTo(1);
        assertThat(matrix.rows().get(0)).containsExactly(new Cell("A", 1, 1), new Cell("B", 1, 1), new Cell("C", 1, 1));
    }

    @Test
    void emptyPathCountsAsOneEmptyLabel() {
        HeaderMatrix matrix = HeaderMatrix.of(List.of(List.of(), List.of("G", "a")));

        assertThat(matrix.depth()).isEqualTo(2);
        assertThat(matrix.rows().get(0)).containsExactly(new Cell("", 1, 2), new Cell("G", 1, 1));
    }
}
