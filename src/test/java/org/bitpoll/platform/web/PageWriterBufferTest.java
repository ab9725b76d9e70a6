package org.bitpoll.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageWriterBufferTest {

    /** The bytes the container got, and the calls it saw. */
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();

    private final List<String> calls = new ArrayList<>();

    private final HttpServletResponse container = (HttpServletResponse) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                calls.add(method.getName());
                return switch (method.getName()) {
                    case "getCharacterEncoding" -> "UTF-8";
                    case "getOutputStream" -> stream();
                    case "resetBuffer", "reset" -> {
                        sent.reset();
                        yield null;
                    }
                    default -> null;
                };
            });

    private ServletOutputStream stream() {
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                sent.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {}
        };
    }

    private final PageWriterBuffer.BufferedResponse response = new PageWriterBuffer.BufferedResponse(container);

    private String sentText() {
        return sent.toString(StandardCharsets.UTF_8);
    }

    @Test
    void charactersReachTheResponseInBlocksAndAllAtTheEnd() throws Exception {
        PrintWriter writer = response.getWriter();
        writer.write("<p>Grüße, ");
        writer.print('€');
        assertThat(sent.size()).as("nothing encoded before a block is full").isZero();
        writer.write("x".repeat(PageWriterBuffer.BLOCK));
        assertThat(sent.size()).isPositive();

        writer.write("</p>");
        response.flushWriter();

        assertThat(sentText()).isEqualTo("<p>Grüße, €" + "x".repeat(PageWriterBuffer.BLOCK) + "</p>");
    }

    @Test
    void flushBufferWritesTheBlockFirst() throws Exception {
        response.getWriter().write("head");
        response.flushBuffer();

        assertThat(sentText()).isEqualTo("head");
        assertThat(calls).endsWith("flushBuffer");
    }

    @Test
    void resetAndErrorsDropWhatIsNotYetWritten() throws Exception {
        response.getWriter().write("dropped");
        response.resetBuffer();
        response.getWriter().write("kept");
        response.flushWriter();
        assertThat(sentText()).isEqualTo("kept");

        response.getWriter().write("dropped too");
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        response.flushWriter();
        assertThat(sentText()).isEqualTo("kept");
        assertThat(calls).contains("sendError");
    }

    @Test
    void writerAndStreamExcludeEachOther() throws Exception {
        response.getWriter();
        assertThatThrownBy(response::getOutputStream).isInstanceOf(IllegalStateException.class);

        PageWriterBuffer.BufferedResponse other = new PageWriterBuffer.BufferedResponse(container);
        other.getOutputStream();
        assertThatThrownBy(other::getWriter).isInstanceOf(IllegalStateException.class);
    }
}
