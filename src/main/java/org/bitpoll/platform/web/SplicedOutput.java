package org.bitpoll.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The bytes of a response body with prepared parts ({@link Splice}) spliced in: as they are ({@link #identity}), or
 * compressed as one gzip member ({@link #gzip}), where the prepared parts go in as their precompressed deflate
 * blocks. Before a prepared part the compressor is fully flushed (byte-aligned, and later blocks do not refer back
 * past it), so the spliced blocks decode on their own, and the CRC-32 and length of the member count their text.
 */
public abstract class SplicedOutput extends OutputStream {

    /** Writes a prepared part. */
    public abstract void splice(Splice splice) throws IOException;

    /** Ends the body (the gzip trailer); the stream below is not closed. */
    public abstract void finish() throws IOException;

    /** The body as it is, into {@code out}. */
    public static SplicedOutput identity(OutputStream out) {
        return new Identity(out);
    }

    /** The body compressed with gzip into {@code out}. */
    public static SplicedOutput gzip(OutputStream out) {
        return new Gzip(out);
    }

    private static final class Identity extends SplicedOutput {

        private final OutputStream out;

        Identity(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void splice(Splice splice) throws IOException {
            out.write(splice.utf8());
        }

        @Override
        public void finish() {
            // nothing to end
        }
    }

    private static final class Gzip extends SplicedOutput {

        /** The gzip header: deflate, no flags, no time, no extra flags, unknown OS. */
        private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

        private final OutputStream out;
        private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        private final CRC32 crc = new CRC32();
        private final byte[] buffer = new byte[8192];
        private long length;
        private boolean started;
        private boolean unflushed;

        Gzip(OutputStream out) {
            this.out = out;
        }

        private void start() throws IOException {
            if (!started) {
                out.write(HEADER);
                started = true;
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return;
            }
            start();
            crc.update(b, off, len);
            length += len;
            deflater.setInput(b, off, len);
            while (!deflater.needsInput()) {
                drain(Deflater.NO_FLUSH);
            }
            unflushed = true;
        }

        /** Writes what the compressor has; with a flush, until it has flushed all it has taken. */
        private void drain(int flush) throws IOException {
            int written;
            do {
                written = deflater.deflate(buffer, 0, buffer.length, flush);
                out.write(buffer, 0, written);
            } while (written == buffer.length);
        }

        @Override
        public void splice(Splice splice) throws IOException {
            start();
            if (unflushed) {
                drain(Deflater.FULL_FLUSH);
                unflushed = false;
            }
            byte[] text = splice.utf8();
            crc.update(text);
            length += text.length;
            out.write(splice.deflated());
        }

        @Override
        public void finish() throws IOException {
            start();
            deflater.finish();
            while (!deflater.finished()) {
                drain(Deflater.NO_FLUSH);
            }
            deflater.end();
            int sum = (int) crc.getValue();
            int size = (int) length;
            out.write(new byte[] {
                (byte) sum, (byte) (sum >> 8), (byte) (sum >> 16), (byte) (sum >> 24),
                (byte) size, (byte) (size >> 8), (byte) (size >> 16), (byte) (size >> 24)
            });
        }
    }
}
