package org.bitpoll.vote.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/**
 * The keys of the runs of grid rows kept in memory: two viewers share a run only when everything its markup depends
 * on is equal, and the kept run decodes to its markup.
 */
class GridRowsTest {

    private static final String VIEW = GridRows.view("en", "Europe/Berlin", "");
    private static final long[] GUEST = {
        GridRows.rowKey(11, false, false, false, false), GridRows.rowKey(12, false, false, false, false)
    };

    private static GridRows rows(long version, String view, long... rowKeys) {
        return new GridRows(null, 42, version, view, rowKeys);
    }

    @Test
    void viewersWhoSeeTheSameRowsTheSameShareARun() {
        assertThat(rows(5, VIEW, GUEST).key(0, 2))
                .isEqualTo(rows(5, VIEW, GUEST.clone()).key(0, 2));
        assertThat(rows(5, VIEW, GUEST).key(0, 2).hashCode())
                .isEqualTo(rows(5, VIEW, GUEST.clone()).key(0, 2).hashCode());
    }

    @Test
    void aRunIsKeyedByEveryRightAViewerHasOnEachOfItsRows() {
        GridRows.Key guest = rows(5, VIEW, GUEST).key(0, 2);
        long vote = 12;

        assertThat(rows(5, VIEW, GUEST[0], GridRows.rowKey(vote, true, false, false, false))
                        .key(0, 2))
                .as("own row")
                .isNotEqualTo(guest);
        assertThat(rows(5, VIEW, GUEST[0], GridRows.rowKey(vote, false, true, false, false))
                        .key(0, 2))
                .as("may change it")
                .isNotEqualTo(guest);
        assertThat(rows(5, VIEW, GUEST[0], GridRows.rowKey(vote, false, false, true, false))
                        .key(0, 2))
                .as("may assign it")
                .isNotEqualTo(guest);
        assertThat(rows(5, VIEW, GUEST[0], GridRows.rowKey(vote, false, false, false, true))
                        .key(0, 2))
                .as("participant hidden")
                .isNotEqualTo(guest);
        assertThat(rows(5, VIEW, GUEST[1], GUEST[0]).key(0, 2))
                .as("other order")
                .isNotEqualTo(guest);
        assertThat(rows(5, VIEW, GUEST[0]).key(0, 1)).as("fewer rows").isNotEqualTo(guest);
    }

    @Test
    void aRunIsKeyedByThePollsVersionAndTheView() {
        GridRows.Key guest = rows(5, VIEW, GUEST).key(0, 2);

        assertThat(rows(6, VIEW, GUEST).key(0, 2)).as("changed poll").isNotEqualTo(guest);
        assertThat(rows(5, GridRows.view("de", "Europe/Berlin", ""), GUEST).key(0, 2))
                .as("language")
                .isNotEqualTo(guest);
        assertThat(rows(5, GridRows.view("en", "America/New_York", ""), GUEST).key(0, 2))
                .as("time zone")
                .isNotEqualTo(guest);
        assertThat(rows(5, GridRows.view("en", "Europe/Berlin", "/bitpoll"), GUEST)
                        .key(0, 2))
                .as("application path")
                .isNotEqualTo(guest);
        assertThat(new GridRows(null, 43, 5, VIEW, GUEST).key(0, 2))
                .as("other poll")
                .isNotEqualTo(guest);
        assertThat(guest.pollId()).isEqualTo(42);
        assertThat(guest.version()).isEqualTo(5);
    }

    @Test
    void rowKeysOfDifferentVotesOrRightsDiffer() {
        assertThat(GridRows.rowKey(1, true, false, false, false))
                .isNotEqualTo(GridRows.rowKey(1, false, false, false, false))
                .isNotEqualTo(GridRows.rowKey(2, true, false, false, false));
    }

    @Test
    void aKeptRunHoldsItsMarkupAndItsCompressedBlocksWeighedByBoth() throws DataFormatException {
        String html = "<tr><th>Grüße</th>" + "<td class=\"a1\">no</td>".repeat(1000) + "</tr>";

        GridChunk chunk = GridChunk.of(html);

        assertThat(chunk.html()).isEqualTo(html);
        assertThat(chunk.utf8()).isEqualTo(html.getBytes(StandardCharsets.UTF_8));
        Inflater inflater = new Inflater(true);
        inflater.setInput(chunk.deflated());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        int read;
        while ((read = inflater.inflate(buffer)) > 0) {
            out.write(buffer, 0, read);
        }
        assertThat(inflater.finished()).as("no final block: more may follow").isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(html);
        assertThat(chunk.deflated().length).isLessThan(html.length() / 20);
        assertThat(chunk.weightBytes()).isGreaterThan(chunk.utf8().length + chunk.deflated().length);
    }
}
