package org.bitpoll.platform.web;

/**
 * A part of a page prepared once for many responses ({@link SplicingResponse}): its text in UTF-8, and the same
 * bytes compressed as raw deflate blocks without a preset dictionary, ending in a sync
 * flush (byte-aligned, not final), such as {@code Deflater(level, true)} gives with {@code SYNC_FLUSH}.
 */
public interface Splice {

    /** The text in UTF-8; not to be changed. */
    byte[] utf8();

    /** {@link #utf8()} as raw deflate blocks ending in a sync flush; not to be changed. */
    byte[] deflated();
}
