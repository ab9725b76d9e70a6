package org.bitpoll.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Faces writes a page in thousands of small pieces (a tag, an attribute, a text), and Undertow's writer encodes
 * each piece on its own into its direct byte buffer, character by character: measured with JFR on the poll page of
 * p-small under concurrent readers, 15% of the request's CPU. Here Faces gets a writer that collects the characters
 * and encodes them in blocks of 8 KB into the response's output stream; the bytes sent are the same. Characters still
 * in the block are dropped by {@code reset}, {@code resetBuffer} and {@code sendError} (as the container drops its
 * buffer) and written at {@code flushBuffer} and when the page is done. Mapped in web.xml on the Faces pages, for
 * requests and forwards (the poll pages are forwarded to by {@link Routes}: the container closes the response when
 * the forward returns, so the block must be written inside it).
 */
public class PageWriterBuffer extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Characters collected before they are encoded into the response. */
    static final int BLOCK = 8192;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof BufferedResponse) {
            chain.doFilter(request, response);
            return;
        }
        BufferedResponse buffered = new BufferedResponse(response);
        chain.doFilter(request, buffered);
        buffered.flushWriter();
    }

    /** A response whose writer collects characters in a block before encoding them. */
    static final class BufferedResponse extends HttpServletResponseWrapper {

        private PrintWriter writer;
        private boolean streamUsed;

        BufferedResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (streamUsed) {
                throw new IllegalStateException("getOutputStream() has already been called");
            }
            if (writer == null) {
                Charset charset = Charset.forName(getCharacterEncoding());
                writer = new PrintWriter(
                        new BufferedWriter(new OutputStreamWriter(super.getOutputStream(), charset), BLOCK));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (writer != null) {
                throw new IllegalStateException("getWriter() has already been called");
            }
            streamUsed = true;
            return super.getOutputStream();
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }

        @Override
        public void resetBuffer() {
            super.resetBuffer();
            dropWriter();
        }

        @Override
        public void reset() {
            super.reset();
            dropWriter();
            streamUsed = false;
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            dropWriter();
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            dropWriter();
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            dropWriter();
            super.sendRedirect(location);
        }

        /** Writes the characters still in the block, once the page is done. */
        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }

        /**
         * Forgets the characters not yet encoded: the next {@link #getWriter()} starts an empty block (the
         * container has dropped the bytes it buffered itself).
         */
        private void dropWriter() {
            writer = null;
        }
    }
}
