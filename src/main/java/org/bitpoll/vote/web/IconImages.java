package org.bitpoll.vote.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The glyph of each PrimeIcons icon, read once from the stylesheet in the PrimeFaces jar. The results table draws
 * answer icons with one CSS rule per answer value instead of an element per cell, which keeps a 100 000-cell
 * table small.
 */
final class IconGlyphs {

    private static final String STYLESHEET = "META-INF/resources/primefaces/primeicons/primeicons.css";
    private static final Pattern RULE = Pattern.compile("\\.pi-([a-z0-9-]+):before\\s*\\{\\s*content:\\s*\"([^\"]+)\"");
    private static final Map<String, String> GLYPHS = load();

    private IconGlyphs() {}

    /** The CSS {@code content} value of an icon (such as {@code \e909}), or the question mark's when unknown. */
    static String of(String icon) {
        String glyph = GLYPHS.get(icon);
        return glyph != null ? glyph : GLYPHS.getOrDefault("question", "?");
    }

    private static Map<String, String> load() {
        Map<String, String> glyphs = new HashMap<>();
        try (InputStream css = IconGlyphs.class.getClassLoader().getResourceAsStream(STYLESHEET)) {
            if (css == null) {
                return glyphs;
            }
            Matcher matcher = RULE.matcher(new String(css.readAllBytes(), StandardCharsets.UTF_8));
            while (matcher.find()) {
                glyphs.put(matcher.group(1), matcher.group(2));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }
}
