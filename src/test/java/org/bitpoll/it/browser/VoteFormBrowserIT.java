package org.bitpoll.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bitpoll.it.support.BrowserTestBase;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.vote.PollsToVoteOn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/** The vote form in Chromium: the name follows the anonymous tick, and long option texts wrap. */
class VoteFormBrowserIT extends BrowserTestBase {
    private final WebClient owner = new WebClient();

    @BeforeAll
    static void useEnglish() {
        browser.useLanguage("en");
    }

    private static boolean nameShown() {
        return browser.driver().findElement(By.id("voteForm:name")).isDisplayed();
    }

    @Test
    void untickingAnonymousShowsTheNameAgainAlsoWhenChangingAnAnonymousVote() {
        String slug = PollsToVoteOn.pollWithOptions(owner, "Shy", Map.of("createForm:anonymousAllowed", "on"), "A");

        browser.open("/poll/" + slug + "/vote/");
        assertThat(nameShown()).isTrue();
        browser.click(By.cssSelector("label[for='voteForm:anonymous']"));
        browser.waiting().until(d -> !nameShown());
        browser.click(By.cssSelector("label[for='voteForm:anonymous']"));
        browser.waiting().until(d -> nameShown());

        browser.click(By.cssSelector("label[for='voteForm:anonymous']"));
        browser.click(By.cssSelector("#voteTable tbody tr label.answer"));
        browser.clickAndWaitForPage(By.id("voteForm:save"));
        assertThat(browser.text(By.cssSelector("#pollGrid tbody tr.mine th"))).isEqualTo("Anonymous");

        browser.clickAndWaitForPage(By.id("ownVoteLink"));
        assertThat(nameShown()).isFalse();
        browser.click(By.cssSelector("label[for='voteForm:anonymous']"));
        browser.waiting().until(d -> nameShown());
        browser.type(By.id("voteForm:name"), "Dora");
        browser.clickAndWaitForPage(By.id("voteForm:save"));
        assertThat(browser.text(By.cssSelector("#pollGrid tbody tr.mine th"))).isEqualTo("Dora");
    }

    @Test
    void aLongOptionTextWrapsAndTheAnswersStayOnThePage() {
        String longWord = "Donaudampfschifffahrtsgesellschaftskapitaenswitwenrentenversicherungsanstalt";
        String slug = PollsToVoteOn.pollWithOptions(owner, "Long", Map.of(), longWord, "Short");
        Dimension before = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(800, 900));
        try {
            browser.open("/poll/" + slug + "/vote/");

            int viewport =
                    ((Long) browser.driver().executeScript("return document.documentElement.clientWidth;")).intValue();
            List<WebElement> answers = browser.driver()
                    .findElements(By.cssSelector("#voteTable tbody tr"))
                    .get(0)
                    .findElements(By.cssSelector("label.answer"));
            for (WebElement answer : answers) {
                assertThat(answer.getRect().getX() + answer.getRect().getWidth())
                        .as(answer.getText())
                        .isLessThanOrEqualTo(viewport);
            }
            assertThat((Boolean) browser.driver()
                            .executeScript("var s = document.querySelector('#voteForm .grid-scroll');"
                                    + " return s.scrollWidth <= s.clientWidth;"))
                    .as("no sideways scrolling")
                    .isTrue();
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }
}
