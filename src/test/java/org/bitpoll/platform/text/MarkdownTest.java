package org.bitpoll.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void boldBecomesStrong() {
        assertThat(Markdown.toSafeHtml("Hello **world**"))
                .contains("<strong>world</strong>")
                .doesNotContain("**");
    }

    @Test
    void listsAndHeadingsAreKept() {
        String html = Markdown.toSafeHtml("# Title\n\n* one\n* two\n");

        assertThat(html).contains("<h3>Title</h3>", "<ul>", "<li>one</li>", "<li>two</li>");
    }

    @Test
    void headingsMoveDownTwoLevelsBelowThePagesOwnHeadings() {
        String html = Markdown.toSafeHtml("# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six\n");

        assertThat(html)
                .contains("<h3>One</h3>", "<h4>Two</h4>", "<h5>Three</h5>")
                .contains("<h6>Four</h6>", "<h6>Five</h6>", "<h6>Six</h6>")
                .doesNotContain("<h1", "<h2");
    }

    @Test
    void rawHtmlHeadingsMoveDownToo() {
        String html = Markdown.toSafeHtml("<h1>Raw</h1>\n\n<h2 onclick=\"alert(1)\">Second</h2>\n");

        assertThat(html).contains("<h3>Raw</h3>", "<h4>Second</h4>").doesNotContain("<h1", "<h2", "onclick");
    }

    @Test
    void scriptIsRemoved() {
        String html = Markdown.toSafeHtml("Hi\n\n<script>alert('x')</script>\n\nthere <script>alert(1)</script>");

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("alert");
        assertThat(html).contains("Hi", "there");
    }

    @Test
    void eventHandlerAttributesAreRemoved() {
        String html =
                Markdown.toSafeHtml("<img src=\"x\" onerror=\"alert(1)\"> and <b onmouseover=\"alert(2)\">bold</b>");

        assertThat(html)
                .doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onmouseover")
                .doesNotContain("alert");
        assertThat(html).contains("<b>bold</b>");
    }

    @Test
    void javascriptLinkIsRemoved() {
        String markdownLink = Markdown.toSafeHtml("[click](javascript:alert(1))");
        String htmlLink = Markdown.toSafeHtml("<a href=\"javascript:alert(1)\">click</a>");

        assertThat(markdownLink).doesNotContainIgnoringCase("javascript").contains("click");
        assertThat(htmlLink).doesNotContainIgnoringCase("javascript").contains("click");
    }

    @Test
    void httpsLinkIsKeptWithNofollowNoopener() {
        String html = Markdown.toSafeHtml("[Bitpoll](https://bitpoll.de/about)");

        assertThat(html)
                .contains("href=\"https://bitpoll.de/about\"")
                .contains("rel=\"nofollow noopener\"")
                .contains(">Bitpoll</a>");
    }

    @Test
    void relOnARawLinkIsReplaced() {
        String html = Markdown.toSafeHtml("<a href=\"https://example.org\" rel=\"opener\">x</a>");

        assertThat(html).contains("rel=\"nofollow noopener\"").doesNotContain("rel=\"opener\"");
    }

    @Test
    void nullAndBlankGiveEmptyHtml() {
        assertThat(Markdown.toSafeHtml(null)).isEmpty();
        assertThat(Markdown.toSafeHtml("")).isEmpty();
        assertThat(Markdown.toSafeHtml("  \n\t ")).isEmpty();
    }
}
