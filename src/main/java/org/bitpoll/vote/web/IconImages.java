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
 * PrimeIcons as CSS images: the outline of each icon, read once from the SVG version of the icon font in the
 * PrimeFaces jar (the stylesheet names each icon's code point, the SVG font has the outline of each code point),
 * drawn in a colour as a {@code data:} SVG image. The results table draws the answer icons as one background image
 * per answer value: unlike a glyph of the icon font in a {@code ::before} per cell, a background adds no box to lay
 * out, which in a 100 000-cell table is most of the layout time.
 */
final class IconImages {

    private static final String STYLESHEET = "META-INF/resources/primefaces/primeicons/primeicons.css";
    private static final String FONT = "META-INF/resources/primefaces/primeicons/primeicons.svg";
    private static final Pattern RULE =
            Pattern.compile("\\.pi-([a-z0-9-]+):before\\s*\\{\\s*content:\\s*\"\\\\([0-9a-f]+)\"");
    private static final Pattern GLYPH = Pattern.compile("<glyph\\s[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");
    private static final Pattern FONT_FACE = Pattern.compile("<font-face[^>]*\\sascent=\"(\\d+)\"");
    private static final Pattern UNITS = Pattern.compile("units-per-em=\"(\\d+)\"");

    /** An icon's outline: its advance width and path in the font's units, with y pointing up from the baseline. */
    record Outline(int width, String path) {}

    /** The font's metrics (its units per em, and the ascent, the baseline's distance from the top) and outlines. */
    private record Font(int unitsPerEm, int ascent, Map<String, Outline> outlines) {}

    private static final Font FONT_DATA = load();

    private IconImages() {}

    /**
     * The CSS image of an icon (such as {@code check}) in a colour ({@code #212529}): a {@code url("data:…")}
     * value; the question mark for an unknown icon, and {@code none} when the font has neither.
     */
    static String of(String icon, String color) {
        Outline outline =
                FONT_DATA.outlines().getOrDefault(icon, FONT_DATA.outlines().get("question"));
        if (outline == null) {
            return "none";
        }
        // a data URL in a CSS string: '#' ends a URL and '<', '>' are not allowed in one, so those are encoded;
        // the path holds only digits, letters, spaces, dots, commas and minus signs
        return "url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 " + outline.width()
                + " " + FONT_DATA.unitsPerEm() + "'%3E%3Cpath fill='" + color.replace("#", "%23")
                + "' transform='matrix(1 0 0 -1 0 " + FONT_DATA.ascent() + ")' d='" + outline.path()
                + "'/%3E%3C/svg%3E\")";
    }

    private static Font load() {
        Map<String, String> codes = new HashMap<>();
        Matcher rule = RULE.matcher(read(STYLESHEET));
        while (rule.find()) {
            codes.put(rule.group(1), rule.group(2));
        }
        String font = read(FONT);
        int ascent = 960;
        int unitsPerEm = 1024;
        Matcher face = FONT_FACE.matcher(font);
        if (face.find()) {
            ascent = Integer.parseInt(face.group(1));
            Matcher units = UNITS.matcher(face.group());
            if (units.find()) {
                unitsPerEm = Integer.parseInt(units.group(1));
            }
        }
        Map<String, Outline> byCode = new HashMap<>();
        Matcher glyph = GLYPH.matcher(font);
        while (glyph.find()) {
            Map<String, String> attributes = new HashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(glyph.group());
            while (attribute.find()) {
                attributes.put(attribute.group(1), attribute.group(2));
            }
            String unicode = attributes.getOrDefault("unicode", "");
            String path = attributes.get("d");
            if (unicode.startsWith("&#x") && path != null && path.matches("[0-9A-Za-z .,-]*")) {
                String width = attributes.getOrDefault("horiz-adv-x", String.valueOf(unitsPerEm));
                byCode.put(unicode.substring(3, unicode.length() - 1), new Outline(Integer.parseInt(width), path));
            }
        }
        Map<String, Outline> outlines = new HashMap<>();
        codes.forEach((name, code) -> {
            Outline outline = byCode.get(code);
            if (outline != null) {
                outlines.put(name, outline);
            }
        });
        return new Font(unitsPerEm, ascent, Map.copyOf(outlines));
    }

    private static String read(String resource) {
        try (InputStream in = IconImages.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
