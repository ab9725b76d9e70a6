package org.bitpoll.platform.text;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Renders a description written in Markdown to HTML that is safe to put on a page: commonmark-java renders it,
 * jsoup keeps only text formatting, lists, quotes, code, tables and http(s)/mailto links (no scripts, styles,
 * images, frames or event handlers), and every link gets {@code rel="nofollow noopener"}. A description sits under
 * the page's own {@code <h1>} and {@code <h2>}s, so its headings move down two levels ({@code #} becomes
 * {@code <h3>}, and everything from {@code ####} on {@code <h6>}): they never compete with the page's title.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().sanitizeUrls(true).build();
    private static final Safelist SAFE = Safelist.basic()
            .addTags(
                    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "pre", "table", "thead", "tbody", "tr", "th", "td", "del",
                    "s")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);
    /** How many levels a description's headings move down. */
    private static final int HEADING_SHIFT = 2;

    private Markdown() {}

    /** The sanitised HTML of a Markdown text; empty for {@code null}. */
    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        Document clean = new Cleaner(SAFE).clean(Jsoup.parseBodyFragment(html));
        for (Element heading : clean.body().select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.normalName().charAt(1) - '0';
            heading.tagName("h" + Math.min(6, level + HEADING_SHIFT));
        }
        clean.outputSettings(OUTPUT);
        return clean.body().html();
    }
}
