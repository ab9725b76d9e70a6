package org.bitpoll.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bitpoll.it.support.Browser;
import org.bitpoll.it.support.BrowserTestBase;
import org.bitpoll.it.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * People vote in Chromium: a guest votes and later changes the vote through its edit link while another browser
 * cannot, a vote without a name is refused on the page, and the CSV download has the votes.
 */
class VotingBrowserIT extends BrowserTestBase {

    @BeforeAll
    static void useEnglish() {
        browser.useLanguage("en");
    }

    /** Creates a normal poll with these options in the browser; returns its URL name. */
    private static String createPoll(String title, String... options) {
        String slug = TestServer.uniqueSlug("bvote");
        browser.open("/");
        browser.click(By.cssSelector("label[for='createForm:type:2']"));
        browser.type(By.id("createForm:title"), title);
        browser.expand(By.cssSelector("#createForm\\:advanced legend"), By.id("createForm:slug"));
        browser.type(By.id("createForm:slug"), slug);
        browser.clickAndWaitForPage(By.id("createForm:create"));
        for (String option : options) {
            browser.type(By.id("choicesForm:newText"), option);
            browser.clickAndWaitForUpdate(By.id("choicesForm:add"), By.id("choiceTable"));
        }
        browser.clickAndWaitForPage(By.id("choicesForm:saveAndView"));
        return slug;
    }

    /** Picks an answer per option by clicking its coloured button (null: leave empty). */
    private static void answer(String... titles) {
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#voteTable tbody tr"));
        for (int i = 0; i < titles.length; i++) {
            if (titles[i] != null) {
                String title = titles[i];
                rows.get(i).findElements(By.cssSelector("label.answer")).stream()
                        .filter(label -> label.getText().strip().equals(title))
                        .findFirst()
                        .orElseThrow()
                        .click();
            }
        }
    }

    private static List<String> cellClasses(int row) {
        return browser
                .driver()
                .findElements(By.cssSelector("#pollGrid tbody tr"))
                .get(row)
                .findElements(By.cssSelector("td:not(.actions)"))
                .stream()
                .map(td -> td.getAttribute("class"))
                .toList();
    }

    @Test
    void aGuestVotesAndChangesTheVoteLaterWhileAnotherBrowserCannot() {
        String slug = createPoll("Team lunch", "Pizza", "Sushi", "Curry");
        browser.driver().manage().deleteAllCookies();
        browser.useLanguage("en");

        browser.open("/poll/" + slug + "/");
        browser.clickAndWaitForPage(By.id("voteLink"));
        browser.type(By.id("voteForm:name"), "Alice");
        answer("yes", "no", null);
        WebElement maybe = browser.driver()
                .findElements(By.cssSelector("#voteTable tbody tr"))
                .get(2)
                .findElement(By.cssSelector("input[type=radio]"));
        maybe.sendKeys(Keys.SPACE);
        browser.clickAndWaitForPage(By.id("voteForm:save"));

        assertThat(browser.text(By.cssSelector("#globalMessages"))).contains("Your vote has been recorded.");
        assertThat(browser.byId("voteEditLinkAnchor").getText()).contains("/editvote/");
        assertThat(browser.text(By.cssSelector("#pollGrid tbody tr.mine th"))).isEqualTo("Alice");
        assertThat(cellClasses(0)).containsExactly("a0", "a3", "a0");
        String editUrl = browser.driver()
                .findElement(By.cssSelector("#pollGrid tbody tr.mine td.actions a"))
                .getAttribute("href");
        browser.screenshot("poll-after-vote");

        try (Browser other = new Browser()) {
            other.useLanguage("en");
            other.open("/poll/" + slug + "/");
            assertThat(other.driver().findElements(By.cssSelector("#pollGrid tbody tr td.actions a")))
                    .isEmpty();
            other.driver().get(editUrl);
            assertThat(other.text(By.id("errorPage"))).contains("Not allowed");
            other.checkAccessibility();
        }

        browser.open("/poll/" + slug + "/");
        browser.clickAndWaitForPage(By.cssSelector("#pollGrid tbody tr.mine td.actions a"));
        answer(null, "maybe", null);
        browser.clickAndWaitForPage(By.id("voteForm:save"));
        assertThat(browser.text(By.cssSelector("#globalMessages"))).contains("Your vote has been changed.");
        assertThat(cellClasses(0)).containsExactly("a0", "a1", "a0");
        assertThat(browser.text(By.cssSelector("#pollGrid tfoot"))).contains("100.0%", "50.0%");
    }

    @Test
    void aVoteWithoutANameIsRefusedOnThePage() {
        String slug = createPoll("Nameless", "Only option");
        browser.driver().manage().deleteAllCookies();
        browser.useLanguage("en");
        browser.open("/poll/" + slug + "/vote/");
        answer("maybe");
        browser.clickAndWaitForPage(By.id("voteForm:save"));

        assertThat(browser.text(By.id("voteForm:nameMessage")))
                .isEqualTo("Please enter your name, or post an anonymous vote.");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#voteTable input[type=radio]:checked"))
                        .getAttribute("value"))
                .isNotEmpty();
    }

    @Test
    void theCsvDownloadHasTheHeaderAndTheVotes() throws Exception {
        String slug = createPoll("Export", "Mon", "Tue");
        browser.open("/poll/" + slug + "/vote/");
        browser.type(By.id("voteForm:name"), "Bob");
        answer("yes", "rather not");
        browser.clickAndWaitForPage(By.id("voteForm:save"));

        browser.click(By.id("csvLink"));
        Path file = browser.downloads().resolve(slug + ".csv");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> Files.exists(file));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

        assertThat(lines.get(0)).isEqualTo("\uFEFFName,Datetime,Mon,Tue");
        assertThat(lines.get(1)).startsWith("Bob,").endsWith(",yes,rather not");
        assertThat(lines).hasSize(2);
    }

    @Test
    void withSummaryAfterVoteASecondBrowserSeesOnlyTheSummaryAfterVoting() {
        String slug = createPoll("Secret ballot", "Red", "Blue");
        browser.open("/poll/" + slug + "/vote/");
        browser.type(By.id("voteForm:name"), "Organiser");
        answer("yes", "no");
        browser.clickAndWaitForPage(By.id("voteForm:save"));
        browser.clickAndWaitForPage(By.id("settingsTab"));
        new Select(browser.byId("settingsForm:showResults")).selectByValue("SUMMARY_AFTER_VOTE");
        browser.clickAndWaitForPage(By.id("settingsForm:save"));

        try (Browser other = new Browser()) {
            other.useLanguage("en");
            other.open("/poll/" + slug + "/");
            assertThat(other.driver().findElements(By.cssSelector("#pollGrid tbody tr.empty-row")))
                    .hasSize(1);
            assertThat(other.driver().findElements(By.cssSelector("#pollGrid tfoot")))
                    .isEmpty();
            assertThat(other.text(By.tagName("main"))).contains("Results are shown after you have voted.");

            other.clickAndWaitForPage(By.id("voteLink"));
            other.type(By.id("voteForm:name"), "Guest");
            other
                    .driver()
                    .findElements(By.cssSelector("#voteTable tbody tr"))
                    .get(0)
                    .findElements(By.cssSelector("label.answer"))
                    .stream()
                    .filter(label -> label.getText().strip().equals("maybe"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            other.clickAndWaitForPage(By.id("voteForm:save"));

            assertThat(other.driver().findElements(By.cssSelector("#pollGrid tbody th.name")).stream()
                            .map(WebElement::getText))
                    .containsExactly("Guest");
            assertThat(other.text(By.cssSelector("#pollGrid tfoot"))).contains("75.0%", "0.0%");
            assertThat(other.text(By.tagName("main"))).contains("Only the summary is shown");
            other.screenshot("poll-summary-after-vote");
        }
        browser.open("/poll/" + slug + "/");
        assertThat(browser.driver().findElements(By.cssSelector("#pollGrid tbody th.name")))
                .hasSize(2);
    }

    @Test
    void theColumnFilterHidesOptionsBelowTheMinimumScore() {
        String slug = createPoll("Filtered", "Often", "Rarely", "Never");
        browser.open("/poll/" + slug + "/vote/");
        browser.type(By.id("voteForm:name"), "Carol");
        answer("yes", "rather not", "no");
        browser.clickAndWaitForPage(By.id("voteForm:save"));

        browser.click(By.id("filterToggle"));
        WebElement minimum = browser.byId("filterMinimum");
        minimum.clear();
        minimum.sendKeys("20");

        List<WebElement> header =
                browser.driver().findElements(By.cssSelector("#pollGrid thead th:not(.name-column):not(.actions)"));
        assertThat(header.stream().map(WebElement::isDisplayed)).containsExactly(true, true, false);
        assertThat(cellClasses(0).get(2)).contains("filtered");
        browser.click(By.cssSelector("[data-filter-reset]"));
        assertThat(header.get(2).isDisplayed()).isTrue();
    }

    /**
     * The results grid is laid out in parts (bitpoll.css): the header as a table of its own, each row group alone.
     * Its columns must still line up, also with a long option label, with a column filtered out, and on paper, where
     * every row is laid out; a row group must be as high as it said it would be before it was laid out.
     */
    @Test
    void theGridsColumnsLineUpOnScreenWhenFilteredAndOnPaper() {
        String slug = createPoll("Aligned", "Early", "Late", "A long option label that has to wrap in its column");
        browser.open("/poll/" + slug + "/vote/");
        browser.type(By.id("voteForm:name"), "Erin");
        answer("yes", "no", "maybe");
        browser.clickAndWaitForPage(By.id("voteForm:save"));

        assertColumnsLineUp(5);
        // the height a row group declares for the time it is not laid out is its height
        List<?> heights = (List<?>) browser.driver()
                .executeScript("var group = document.querySelector('#pollGrid tbody');"
                        + " return [parseFloat(getComputedStyle(group).containIntrinsicBlockSize.split(' ').pop()),"
                        + " group.getBoundingClientRect().height];");
        assertThat(((Number) heights.get(0)).doubleValue())
                .isCloseTo(((Number) heights.get(1)).doubleValue(), offset(0.5));

        browser.click(By.id("filterToggle"));
        WebElement minimum = browser.byId("filterMinimum");
        minimum.clear();
        minimum.sendKeys("20");
        assertThat(cellClasses(0).get(1)).contains("filtered");
        assertColumnsLineUp(4);
        browser.click(By.cssSelector("[data-filter-reset]"));

        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.driver()
                            .executeScript("return Array.from(document.querySelectorAll('#pollGrid tbody'),"
                                    + " group => getComputedStyle(group).contentVisibility);"))
                    .asList()
                    .containsOnly("visible");
            assertThat(browser.driver().findElements(By.cssSelector("#pollGrid .actions")))
                    .noneMatch(WebElement::isDisplayed);
            assertColumnsLineUp(4);
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /**
     * The grid shows this many columns (participant, options, actions), and each header cell has the left edge and
     * width of the cell below it in the first row (for a poll with one header row).
     */
    private static void assertColumnsLineUp(int shown) {
        List<?> columns = (List<?>) browser.driver()
                .executeScript("function shown(cells) { return Array.from(cells).filter(c => c.offsetWidth > 0)"
                        + " .map(c => { var r = c.getBoundingClientRect(); return [r.left, r.width]; }); }"
                        + " return [shown(document.querySelectorAll('#pollGrid thead th')),"
                        + " shown(document.querySelector('#pollGrid tbody tr').children)];");
        List<?> header = (List<?>) columns.get(0);
        List<?> row = (List<?>) columns.get(1);
        assertThat(header).hasSize(shown);
        assertThat(row).hasSize(shown);
        for (int i = 0; i < header.size(); i++) {
            List<?> head = (List<?>) header.get(i);
            List<?> cell = (List<?>) row.get(i);
            for (int k = 0; k < 2; k++) {
                assertThat(((Number) head.get(k)).doubleValue())
                        .as("column %d, %s", i, k == 0 ? "left edge" : "width")
                        .isCloseTo(((Number) cell.get(k)).doubleValue(), offset(0.5));
            }
        }
    }

    @Test
    void aCellCommentOpensInAPopover() {
        String slug = createPoll("Commented", "Early", "Late");
        browser.open("/poll/" + slug + "/vote/");
        browser.type(By.id("voteForm:name"), "Dan");
        answer("maybe", "yes");
        browser.type(By.cssSelector("input[name^='ballot-comment:']"), "only after 10 am");
        browser.clickAndWaitForPage(By.id("voteForm:save"));

        browser.click(By.cssSelector("#pollGrid tbody td.c"));
        assertThat(browser.text(By.id("popover"))).isEqualTo("only after 10 am");
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        browser.waiting().until(d -> d.findElements(By.id("popover")).isEmpty());

        browser.driver()
                .findElement(By.cssSelector("#pollGrid tfoot td[data-score]"))
                .sendKeys(Keys.ENTER);
        assertThat(browser.text(By.id("popover"))).isEqualTo("1 × maybe");
    }
}
