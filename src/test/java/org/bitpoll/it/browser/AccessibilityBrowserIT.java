package org.bitpoll.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.bitpoll.it.support.Browser;
import org.bitpoll.it.support.Browser.AccessibleNode;
import org.bitpoll.it.support.BrowserTestBase;
import org.bitpoll.it.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * What a screen reader and a keyboard get from Bitpoll (issue 6, item 9): every cell of the results grid says its
 * answer, the grid has a caption and its headers are scoped to their rows, columns and column groups, a commented
 * cell is reached with Tab and opens with Enter, the skip link leads to the content, a description's headings
 * stay below the page's title, and messages are list items. The about page and the error pages pass axe as well (every page a browser test
 * opens is checked, see {@link Browser#open}).
 */
class AccessibilityBrowserIT extends BrowserTestBase {

    private static final String COMMENT = "only after 10 am";
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("org.bitpoll.i18n.text", Locale.ENGLISH);

    /** A poll with the options Lunch/Mon, Lunch/Tue and Dinner, a description, and one vote with a comment. */
    private static String slug;

    private static String editUrl;

    @BeforeAll
    static void pollWithACommentedVote() {
        browser.useLanguage("en");
        slug = TestServer.uniqueSlug("a11y");
        browser.open("/");
        browser.click(By.cssSelector("label[for='createForm:type:2']"));
        browser.type(By.id("createForm:title"), "Team day");
        browser.expand(By.cssSelector("#createForm\\:advanced legend"), By.id("createForm:slug"));
        browser.type(By.id("createForm:slug"), slug);
        browser.checkAccessibility();
        browser.type(By.id("createForm:description"), "# Agenda\n\n## Food\n\nBring **snacks**.");
        browser.clickAndWaitForPage(By.id("createForm:create"));
        for (String option : List.of("Lunch/Mon", "Lunch/Tue", "Dinner")) {
            browser.type(By.id("choicesForm:newText"), option);
            browser.clickAndWaitForUpdate(By.id("choicesForm:add"), By.id("choiceTable"));
        }
        browser.checkAccessibility();
        browser.clickAndWaitForPage(By.id("choicesForm:saveAndView"));

        browser.clickAndWaitForPage(By.id("voteLink"));
        browser.type(By.id("voteForm:name"), "Dan");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#voteTable tbody tr"));
        choose(rows.get(0), "yes");
        choose(rows.get(1), "no");
        browser.driver()
                .findElements(By.cssSelector("input[name^='ballot-comment:']"))
                .get(0)
                .sendKeys(COMMENT);
        browser.clickAndWaitForPage(By.id("voteForm:save"));
        // the message "Your vote has been recorded." is a list item holding an alert, not an alert instead of one
        assertThat(browser.driver().findElements(By.cssSelector("#globalMessages li > div[role=alert]")))
                .hasSize(1);
        assertThat(browser.driver().findElements(By.cssSelector("#globalMessages li[role]")))
                .isEmpty();
        editUrl = browser.driver()
                .findElement(By.cssSelector("#pollGrid tbody tr.mine td.actions a"))
                .getAttribute("href");
    }

    private static void choose(WebElement row, String answer) {
        row.findElements(By.cssSelector("label.answer")).stream()
                .filter(label -> label.getText().strip().equals(answer))
                .findFirst()
                .orElseThrow()
                .click();
    }

    private static By cell(int option) {
        return By.cssSelector("#pollGrid tbody tr.mine td:nth-of-type(" + (option + 1) + ")");
    }

    @Test
    void everyCellOfTheGridSaysItsAnswer() {
        browser.open("/poll/" + slug + "/");

        AccessibleNode yes = browser.accessibleNode(cell(0));
        assertThat(yes.role()).isEqualTo("cell");
        assertThat(yes.name()).isEqualTo("yes");
        assertThat(browser.accessibleNode(cell(1)).name()).isEqualTo("no");
        assertThat(browser.accessibleNode(cell(2)).name()).isEqualTo(TEXT.getString("results.unanswered"));
        // on screen the icon stands for the answer: the text takes no room
        assertThat(browser.find(cell(1)).getCssValue("font-size")).isEqualTo("0px");
        browser.screenshot("poll-accessible-grid");
    }

    @Test
    void theGridHasACaptionAndScopedHeaders() {
        browser.open("/poll/" + slug + "/");

        WebElement grid = browser.find(By.id("pollGrid"));
        assertThat(grid.findElement(By.tagName("caption")).getAttribute("textContent"))
                .isEqualTo(TEXT.getString("results.caption"));
        assertThat(browser.accessibleNode(By.cssSelector("#pollGrid")).name())
                .isEqualTo(TEXT.getString("results.caption"));
        assertThat(grid.findElements(By.tagName("colgroup")))
                .extracting(group -> group.getAttribute("span"))
                .containsExactly("1", "2", "1", "1");
        WebElement lunch = grid.findElement(By.xpath(".//thead//th[text()='Lunch']"));
        assertThat(lunch.getAttribute("scope")).isEqualTo("colgroup");
        assertThat(lunch.getAttribute("colspan")).isEqualTo("2");
        for (String option : List.of("Mon", "Tue", "Dinner")) {
            assertThat(grid.findElement(By.xpath(".//thead//th[text()='" + option + "']"))
                            .getAttribute("scope"))
                    .isEqualTo("col");
        }
        assertThat(grid.findElement(By.cssSelector("tbody tr.mine th")).getAttribute("scope"))
                .isEqualTo("row");
        assertThat(browser.accessibleNode(By.cssSelector("#pollGrid tbody tr.mine th"))
                        .role())
                .isEqualTo("rowheader");
    }

    @Test
    void aCommentIsReachedWithTheKeyboardAndOpensWithEnter() {
        browser.open("/poll/" + slug + "/");
        WebElement commented = browser.find(By.cssSelector("#pollGrid tbody td.c"));

        for (int presses = 0; presses < 60 && !commented.equals(browser.focused()); presses++) {
            browser.focused().sendKeys(Keys.TAB);
        }
        assertThat(browser.focused()).isEqualTo(commented);
        AccessibleNode node = browser.accessibleNode(By.cssSelector("#pollGrid tbody td.c"));
        assertThat(node.name()).isEqualTo("yes");
        assertThat(node.description()).isEqualTo(COMMENT);

        browser.focused().sendKeys(Keys.ENTER);
        assertThat(browser.text(By.id("popover"))).isEqualTo(COMMENT);
        browser.focused().sendKeys(Keys.ESCAPE);
        browser.waiting().until(d -> d.findElements(By.id("popover")).isEmpty());
    }

    @Test
    void theSkipLinkIsTheFirstStopAndLeadsToTheContent() {
        browser.open("/poll/" + slug + "/");

        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.focused();
        assertThat(skip.getAttribute("href")).endsWith("#main");
        assertThat(skip.getText()).isEqualTo(TEXT.getString("a11y.skipToContent"));
        browser.checkAccessibility();

        skip.sendKeys(Keys.ENTER);
        browser.waiting().until(d -> "main".equals(browser.focused().getAttribute("id")));
    }

    @Test
    void theDescriptionsHeadingsStayBelowThePageTitle() {
        browser.open("/poll/" + slug + "/");

        assertThat(browser.driver().findElements(By.tagName("h1")))
                .extracting(WebElement::getText)
                .containsExactly("Team day");
        assertThat(browser.text(By.cssSelector("#description h3"))).isEqualTo("Agenda");
        assertThat(browser.text(By.cssSelector("#description h4"))).isEqualTo("Food");
    }

    @Test
    void theAboutAndErrorPagesPassAxe() {
        browser.open("/about/");
        browser.open("/poll/" + TestServer.uniqueSlug("missing") + "/");
        assertThat(browser.text(By.id("errorPage"))).contains("Page not found");

        try (Browser stranger = new Browser()) {
            stranger.useLanguage("en");
            stranger.open(editUrl.substring(TestServer.baseUrl().length()));
            assertThat(stranger.text(By.id("errorPage"))).contains("Not allowed");
        }
    }
}
