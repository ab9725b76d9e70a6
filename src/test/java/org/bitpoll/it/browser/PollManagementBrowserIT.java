package org.bitpoll.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.bitpoll.it.support.BrowserTestBase;
import org.bitpoll.it.support.TestServer;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A manager in Chromium changes a setting, adds an answer value, copies a date-time poll a week ahead across the
 * change to summer time, and deletes a poll. Screenshots go to target/screenshots.
 */
class PollManagementBrowserIT extends BrowserTestBase {

    @BeforeAll
    static void useEnglish() {
        browser.useLanguage("en");
    }

    /** Creates a free-text poll in the browser, which then holds its management link; returns its URL name. */
    private static String createPoll(String title) {
        browser.open("/");
        browser.click(By.cssSelector("label[for='createForm:type:2']"));
        browser.type(By.id("createForm:title"), title);
        browser.clickAndWaitForPage(By.id("createForm:create"));
        String path = URI.create(browser.driver().getCurrentUrl()).getPath();
        return path.split("/")[2];
    }

    private static List<String> headerCells() {
        return browser.driver().findElements(By.cssSelector("#pollGrid thead th")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void aManagerChangesASettingAndAddsAnAnswerValue() {
        String slug = createPoll("Club evening " + TestServer.uniqueSlug("b"));
        browser.open("/poll/" + slug + "/");
        browser.clickAndWaitForPage(By.id("settingsTab"));

        browser.type(By.id("settingsForm:title"), "Club evening, renamed");
        new Select(browser.byId("settingsForm:showResults")).selectByVisibleText("Summary after vote");
        browser.click(By.cssSelector("label[for='settingsForm:hideParticipants']"));
        browser.clickAndWaitForPage(By.id("settingsForm:save"));

        assertThat(browser.text(By.id("globalMessages"))).contains("Settings have been changed");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/poll/" + slug + "/settings/");
        assertThat(browser.byId("settingsForm:title").getAttribute("value")).isEqualTo("Club evening, renamed");
        assertThat(new Select(browser.byId("settingsForm:showResults"))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Summary after vote");
        assertThat(browser.byId("settingsForm:hideParticipants").isSelected()).isTrue();
        browser.screenshot("poll-settings");

        browser.clickAndWaitForPage(By.id("valuesLink"));
        browser.type(By.id("valueForm:valueTitle"), "great");
        browser.click(By.cssSelector("label[for='valueForm:valueIcon:8']"));
        browser.type(By.id("valueForm:valueWeight"), "2");
        browser.clickAndWaitForPage(By.id("valueForm:saveValue"));

        assertThat(browser.text(By.id("globalMessages"))).contains("The answer value has been saved.");
        List<WebElement> titles = browser.driver().findElements(By.cssSelector("#valueTable tbody .value-title"));
        assertThat(titles).extracting(WebElement::getText).containsExactly("great", "yes", "maybe", "rather not", "no");
        assertThat(browser.driver()
                        .findElements(By.cssSelector("#valueTable tbody tr"))
                        .get(0)
                        .findElements(By.cssSelector(".value-preview .pi-star")))
                .hasSize(1);

        WebElement maybeRow = browser.driver()
                .findElements(By.cssSelector("#valueTable tbody tr"))
                .get(2);
        maybeRow.findElement(By.cssSelector("button[id$=':delete']")).click();
        browser.waiting()
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#valueTable tbody tr"))
                        .get(2)
                        .getAttribute("class")
                        .contains("deleted"));
        browser.screenshot("poll-answer-values");
    }

    @Test
    void aDateTimePollCopiedSevenDaysAcrossTheDstChangeKeepsItsWallClockTimes() {
        String slug = TestServer.uniqueSlug("weekly");
        String managementLink = dateTimePollOverHttp(slug, "2030-03-25", "09:00");
        browser.open(URI.create(managementLink).getPath());
        assertThat(headerCells()).contains("Mon, 25 Mar 2030", "09:00");

        browser.clickAndWaitForPage(By.id("settingsTab"));
        browser.clickAndWaitForPage(By.id("copyLink"));
        assertThat(browser.byId("copyForm:title").getAttribute("value")).startsWith("Copy of Weekly");
        String copySlug = slug + "-next";
        browser.type(By.id("copyForm:slug"), copySlug);
        browser.type(By.id("copyForm:dateShift"), "7");
        browser.clickAndWaitForPage(By.id("copyForm:copy"));

        assertThat(browser.driver().getCurrentUrl()).endsWith("/poll/" + copySlug + "/");
        assertThat(browser.byId("managementLinkAnchor").getText()).contains("/manage/");
        assertThat(headerCells()).contains("Mon, 1 Apr 2030", "09:00").doesNotContain("10:00");
        browser.screenshot("poll-copied-across-dst");
    }

    @Test
    void aManagerDeletesAPoll() {
        String title = "Doomed " + TestServer.uniqueSlug("d");
        String slug = createPoll(title);
        browser.open("/poll/" + slug + "/settings/");
        browser.clickAndWaitForPage(By.id("deleteLink"));
        assertThat(browser.text(By.id("deleteTitle"))).isEqualTo(title);
        browser.screenshot("poll-delete");

        browser.clickAndWaitForPage(By.id("deleteForm:delete"));

        assertThat(URI.create(browser.driver().getCurrentUrl()).getPath()).isEqualTo("/");
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("globalMessages"), "The poll \"" + title + "\" has been deleted."));
        browser.open("/poll/" + slug + "/");
        assertThat(browser.driver().getPageSource()).contains("Page not found");
    }

    /** A date-time poll with one option per day at this time, set up over HTTP; returns its management link. */
    private static String dateTimePollOverHttp(String slug, String days, String time) {
        WebClient client = new WebClient();
        Page index = client.get("/");
        Page wizard = client.submit(
                index,
                "createForm",
                Map.of("createForm:type", "datetime", "createForm:title", "Weekly " + slug, "createForm:slug", slug),
                "createForm:create");
        String link = wizard.html().getElementById("managementLinkAnchor").attr("href");
        Page times = client.submit(wizard, "wizardForm", Map.of("wizardForm:dates_input", days), "wizardForm:toTimes");
        times = client.submit(times, "wizardForm", Map.of("wizardForm:newTime", time), "wizardForm:addTime");
        Page grid = client.submit(times, "wizardForm", Map.of(), "wizardForm:toCombinations");
        Page poll = client.submit(grid, "wizardForm", Map.of(), "wizardForm:saveCombinations");
        assertThat(poll.uri().getPath()).isEqualTo("/poll/" + slug + "/");
        return link;
    }
}
