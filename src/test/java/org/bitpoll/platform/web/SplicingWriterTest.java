package org.bitpoll.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Prepared parts spliced into a page: as they are, and inside a gzip body that any gzip reader decodes, its CRC and
 * length checked (by {@link GZIPInputStream}); text that only looks like a marker passes unchanged.
 */
class SplicingWriterTest {

    private static final String NONCE = "0123abcd";

    private record Part(byte[] utf8, byte[] deflated) implements Splice {

        static Part of(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            deflater.setInput(utf8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64];
            int written;
            do {
                written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, written);
            } while (written == buffer.length);
            deflater.end();
            return new Part(utf8, out.toByteArray());
        }
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes a page with two parts in both encodings; returns the identity body, checked against the gzip one. */
    private static String page(WriterScript script) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        SplicingWriter identity = new SplicingWriter(SplicedOutput.identity(plain), NONCE);
        script.write(identity);
        identity.close();
        identity.close();
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        SplicingWriter gzip = new SplicingWriter(SplicedOutput.gzip(zipped), NONCE);
        script.write(gzip);
        gzip.close();
        String text = plain.toString(StandardCharsets.UTF_8);
        assertThat(gunzip(zipped.toByteArray())).isEqualTo(text);
        return text;
    }

    private interface WriterScript {
        void write(SplicingWriter writer) throws IOException;
    }

    @Test
    void partsGoWhereTheirMarkersAreInBothEncodings() throws IOException {
        String rows = "<tr><td class=\"a0\">yes</td></tr>".repeat(500);
        String text = page(writer -> {
            writer.write("<html><body>Grüße <table>");
            writer.write(writer.marker(Part.of(rows)));
            writer.write(writer.marker(Part.of("<tr><td>€ ünd 日本</td></tr>")));
            writer.write("</table>" + "tail ".repeat(2000) + "</body></html>");
        });

        assertThat(text)
                .isEqualTo("<html><body>Grüße <table>" + rows + "<tr><td>€ ünd 日本</td></tr></table>"
                        + "tail ".repeat(2000) + "</body></html>");
    }

    @Test
    void aMarkerSplitOverWritesIsFound() throws IOException {
        String text = page(writer -> {
            String marker = writer.marker(Part.of("PART"));
            writer.write("a");
            for (char c : marker.toCharArray()) {
                writer.write(new char[] {c}, 0, 1);
            }
            writer.write("b");
        });

        assertThat(text).isEqualTo("aPARTb");
    }

    @Test
    void textThatOnlyLooksLikeAMarkerIsWrittenAsItIs() throws IOException {
        String foreign = "\uFDD0ffffffff0\uFDD1";
        String unknown = "\uFDD0" + NONCE + "7\uFDD1";
        String unfinished = "\uFDD0" + NONCE + "0123456789012345678901234567890";
        String text = page(writer -> {
            String marker = writer.marker(Part.of("PART"));
            writer.write(foreign + unknown + "\uFDD0" + marker + "|" + unfinished);
        });

        assertThat(text).isEqualTo(foreign + unknown + "\uFDD0PART|" + unfinished);
    }

    @Test
    void aPageWithoutPartsIsAPlainGzipBody() throws IOException {
        assertThat(page(writer -> writer.write("just text"))).isEqualTo("just text");
        assertThat(page(writer -> {})).isEmpty();
    }
}
