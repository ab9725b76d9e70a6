package org.bitpoll.platform.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The writer of a page that has prepared parts ({@link Splice}): text is encoded in UTF-8 into a {@link
 * SplicedOutput}, and where a marker of this writer appears in the text ({@link #marker}), the part it stands for
 * is spliced in instead. A marker is two Unicode noncharacters around this writer's random nonce and the part's
 * number, so it passes unchanged through any writer or buffer of the page (Faces may hold a page back in memory
 * until its end), and a text that merely looks like one is written as it is.
 */
public final class SplicingWriter extends Writer {

    private static final char START = '\uFDD0';
    private static final char END = '\uFDD1';

    private final SplicedOutput output;
    private final Writer text;
    private final String nonce;
    private final int longestMarker;
    private final List<Splice> splices = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private boolean closed;

    /** Writes into {@code output}; {@code nonce} (letters and digits) makes this writer's markers its own. */
    public SplicingWriter(SplicedOutput output, String nonce) {
        this.output = output;
        this.text = new OutputStreamWriter(output, StandardCharsets.UTF_8);
        this.nonce = nonce;
        this.longestMarker = nonce.length() + 12;
    }

    /** The text to write where {@code splice} is to go. */
    public String marker(Splice splice) {
        splices.add(splice);
        return START + nonce + (splices.size() - 1) + END;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        int end = off + len;
        int i = off;
        while (i < end) {
            if (pending.length() > 0) {
                pendingChar(chars[i++]);
                continue;
            }
            int start = i;
            while (i < end && chars[i] != START) {
                i++;
            }
            text.write(chars, start, i - start);
            if (i < end) {
                pending.append(START);
                i++;
            }
        }
    }

    @Override
    public void write(String string, int off, int len) throws IOException {
        int end = off + len;
        int i = off;
        while (i < end) {
            if (pending.length() > 0) {
                pendingChar(string.charAt(i++));
                continue;
            }
            int start = string.indexOf(START, i);
            if (start < 0 || start >= end) {
                text.write(string, i, end - i);
                return;
            }
            text.write(string, i, start - i);
            pending.append(START);
            i = start + 1;
        }
    }

    /** A character after the start of what may be a marker. */
    private void pendingChar(char c) throws IOException {
        if (c == START) {
            text.append(pending);
            pending.setLength(0);
            pending.append(START);
            return;
        }
        pending.append(c);
        if (c == END) {
            Splice splice = spliceOf(pending);
            if (splice == null) {
                text.append(pending);
            } else {
                text.flush();
                output.splice(splice);
            }
            pending.setLength(0);
        } else if (pending.length() > longestMarker) {
            text.append(pending);
            pending.setLength(0);
        }
    }

    /** The part a complete marker stands for; null when it is none of this writer's. */
    private Splice spliceOf(CharSequence marker) {
        int last = marker.length() - 1;
        if (last <= nonce.length() + 1
                || !marker.subSequence(1, 1 + nonce.length()).toString().equals(nonce)) {
            return null;
        }
        int number = 0;
        for (int i = 1 + nonce.length(); i < last; i++) {
            char digit = marker.charAt(i);
            if (digit < '0' || digit > '9' || number > splices.size()) {
                return null;
            }
            number = number * 10 + (digit - '0');
        }
        return number < splices.size() ? splices.get(number) : null;
    }

    /** Encodes what has been written so far into the output (which may hold it further). */
    @Override
    public void flush() throws IOException {
        text.flush();
    }

    /** Writes what is left, and ends the output ({@link SplicedOutput#finish}); once. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        text.append(pending);
        pending.setLength(0);
        text.flush();
        output.finish();
    }
}
