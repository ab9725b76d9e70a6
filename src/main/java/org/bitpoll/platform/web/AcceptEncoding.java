package org.bitpoll.platform.web;

import java.util.Locale;

/** Reads a request's {@code Accept-Encoding} header (RFC 9110, 12.5.3). */
public final class AcceptEncoding {

    private AcceptEncoding() {}

    /**
     * Whether a response may be compressed with gzip: the header names {@code gzip} (or {@code x-gzip}), or failing
     * that {@code *}, with a weight above 0. No header: no.
     */
    public static boolean gzip(String header) {
        if (header == null) {
            return false;
        }
        Double gzip = null;
        Double any = null;
        for (String element : header.split(",")) {
            String[] parts = element.split(";");
            String coding = parts[0].strip().toLowerCase(Locale.ROOT);
            double weight = weight(parts);
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = gzip == null ? weight : Math.max(gzip, weight);
            } else if (coding.equals("*")) {
                any = weight;
            }
        }
        Double chosen = gzip != null ? gzip : any;
        return chosen != null && chosen > 0;
    }

    /** The {@code q} parameter of an element, 1 when absent; 0 when it cannot be read. */
    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.length() > 2
                    && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
                    && parameter.charAt(1) == '=') {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
