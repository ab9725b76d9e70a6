package org.bitpoll.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A page response into which prepared parts ({@link Splice}) are spliced as bytes ({@link SplicingWriter}): as they
 * are, or, for a client that accepts gzip, as their precompressed blocks inside the response's own gzip encoding
 * (then the server's gzip filter leaves it alone, as it does any response that has a {@code Content-Encoding}).
 * Nothing reaches the real response before its body does: the first bytes to leave (a buffer's worth, or the end)
 * set {@code Content-Encoding}, so an error answered before that ({@code sendError}, a redirect, a reset) goes out as
 * the server writes it. Only a writer in UTF-8 splices; anything else passes through.
 */
public final class SplicingResponse extends HttpServletResponseWrapper {

    private static final String ATTRIBUTE = SplicingResponse.class.getName();
    private static final int BUFFER = 32 * 1024;

    private final boolean gzip;
    private SplicingWriter splicing;
    private PrintWriter writer;
    private OutputStream body;
    private boolean passThrough;
    private boolean abandoned;

    private SplicingResponse(HttpServletResponse response, boolean gzip) {
        super(response);
        this.gzip = gzip;
    }

    /** Wraps the response of {@code request}, which the page's components then find with {@link #of}. */
    static SplicingResponse wrap(ServletRequest request, HttpServletResponse response, boolean gzip) {
        SplicingResponse wrapped = new SplicingResponse(response, gzip);
        request.setAttribute(ATTRIBUTE, wrapped);
        return wrapped;
    }

    /** The response of this request, when it splices: its page writer is this response's. */
    public static Optional<SplicingResponse> of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof SplicingResponse response
                        && response.splicing != null
                        && !response.abandoned
                ? Optional.of(response)
                : Optional.empty();
    }

    /** The text to write into the page where {@code splice} goes. */
    public String marker(Splice splice) {
        return splicing.marker(splice);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer != null) {
            return writer;
        }
        if (passThrough || !StandardCharsets.UTF_8.name().equalsIgnoreCase(getCharacterEncoding())) {
            passThrough = true;
            return super.getWriter();
        }
        start();
        writer = new PrintWriter(new Current(), false);
        return writer;
    }

    /** Starts the body afresh. */
    private void start() {
        body = new Buffered();
        SplicedOutput output = gzip ? SplicedOutput.gzip(body) : SplicedOutput.identity(body);
        splicing = new SplicingWriter(
                output, HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()));
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (writer != null) {
            throw new IllegalStateException("the writer of this response is in use");
        }
        passThrough = true;
        return super.getOutputStream();
    }

    /**
     * Ends the body (unless the page closed its writer already): what is left goes out, with the gzip trailer.
     * Nothing when the response was abandoned. Like any servlet writer's, a failed write (a client gone) is not
     * thrown.
     */
    void finish() throws IOException {
        if (splicing == null || abandoned) {
            return;
        }
        writer.close();
        body.flush();
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        abandoned = true;
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        abandoned = true;
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        abandoned = true;
        super.sendRedirect(location);
    }

    @Override
    public void reset() {
        super.reset();
        discard();
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        discard();
    }

    /** Forgets what was written (the real response has forgotten it too); the page's writer goes on afresh. */
    private void discard() {
        if (splicing != null) {
            start();
        }
    }

    @Override
    public void flushBuffer() {
        // the body leaves as the buffer fills and at the end; flushing earlier would commit the headers without it
    }

    @Override
    public void setContentLength(int length) {
        // the length changes with the encoding; the server counts or chunks the body
    }

    @Override
    public void setContentLengthLong(long length) {
        // as setContentLength
    }

    /** The page's writer: writes into the current body, which a reset starts afresh. */
    private final class Current extends Writer {

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            splicing.write(chars, off, len);
        }

        @Override
        public void write(String string, int off, int len) throws IOException {
            splicing.write(string, off, len);
        }

        @Override
        public void flush() throws IOException {
            splicing.flush();
        }

        @Override
        public void close() throws IOException {
            splicing.close();
        }
    }

    /** The body's buffer before the real response's stream, opened on the first bytes that leave. */
    private final class Buffered extends OutputStream {

        private final byte[] buffer = new byte[BUFFER];
        private int count;
        private OutputStream out;

        private OutputStream out() throws IOException {
            if (out == null) {
                if (gzip) {
                    SplicingResponse.super.setHeader("Content-Encoding", "gzip");
                }
                out = SplicingResponse.super.getOutputStream();
            }
            return out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            if (count + len > buffer.length) {
                drain();
                if (len >= buffer.length) {
                    out().write(bytes, off, len);
                    return;
                }
            }
            System.arraycopy(bytes, off, buffer, count, len);
            count += len;
        }

        private void drain() throws IOException {
            if (count > 0) {
                out().write(buffer, 0, count);
                count = 0;
            }
        }

        /** Only at the end: the body leaves. */
        @Override
        public void flush() throws IOException {
            drain();
            out().flush();
        }
    }
}
