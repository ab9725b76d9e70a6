package org.bitpoll.vote.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import org.bitpoll.platform.web.Splice;
import org.bitpoll.platform.web.SplicingResponse;
import org.bitpoll.vote.application.VersionedCache;

/**
 * A run of rendered rows of a results grid, kept between requests: its markup in UTF-8, and the same bytes
 * compressed once as raw deflate blocks ending in a sync flush (byte-aligned, not final), which the response splices
 * in as they are ({@link SplicingResponse}): no row is rendered, encoded or compressed again until the poll changes.
 */
public final class GridChunk implements Splice, VersionedCache.Weighted {

    private final byte[] utf8;
    private final byte[] deflated;

    private GridChunk(byte[] utf8, byte[] deflated) {
        this.utf8 = utf8;
        this.deflated = deflated;
    }

    /** The chunk of this markup. */
    public static GridChunk of(String html) {
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        return new GridChunk(utf8, deflate(utf8));
    }

    /** Raw deflate blocks of {@code bytes} with no dictionary, ending in a sync flush. */
    static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(bytes);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 16));
            byte[] buffer = new byte[8192];
            int written;
            do {
                written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, written);
            } while (written == buffer.length || !deflater.needsInput());
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    @Override
    public byte[] utf8() {
        return utf8;
    }

    @Override
    public byte[] deflated() {
        return deflated;
    }

    /** The markup. */
    String html() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public long weightBytes() {
        return 96L + utf8.length + deflated.length;
    }
}
