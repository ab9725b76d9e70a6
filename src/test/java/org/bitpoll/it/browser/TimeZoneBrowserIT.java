package org.bitpoll.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bitpoll.it.support.Browser;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.vote.PollsToVoteOn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A browser in Tokyo (Chromium's time-zone emulation) opens a poll that translates times for the first time: the
 * results, the vote form and the edit form show the same Tokyo time at once, and every page names the zone.
 */
class TimeZoneBrowserIT {

    @Test
    void theFirstVisitAlreadyShowsTheViewersTimesOnEveryPage() {
        WebClient owner = new WebClient();
        // 09:15 in Berlin in January (UTC+1) is 17:15 in Tokyo (UTC+9)
        String slug = PollsToVoteOn.dateTimePoll(owner, "Call with Tokyo", "2030-01-07", "09:15");
        PollsToVoteOn.changeSettings(owner, slug, Map.of("useUserTimeZone", "on"));

        try (Browser tokyo = new Browser()) {
            tokyo.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Tokyo"));

            tokyo.open("/poll/" + slug + "/");
            tokyo.waiting().until(d -> "Times in Asia/Tokyo".equals(tokyo.text(By.id("zoneBadge"))));
            assertThat(tokyo.cookie("bitpoll-tz").getValue()).isEqualTo("Asia/Tokyo");
            assertThat(navigationType(tokyo))
                    .as("loaded once more with the zone cookie")
                    .isEqualTo("reload");
            assertThat(headerTimes(tokyo)).containsExactly("17:15");

            tokyo.clickAndWaitForPage(By.id("voteLink"));
            assertThat(tokyo.text(By.id("zoneBadge"))).isEqualTo("Times in Asia/Tokyo");
            assertThat(tokyo.text(By.cssSelector("#voteTable tbody th"))).isEqualTo("Mon, 7 Jan 2030 · 17:15");
            tokyo.type(By.id("voteForm:name"), "Kenji");
            tokyo.click(By.cssSelector("#voteTable tbody tr label.answer"));
            tokyo.clickAndWaitForPage(By.id("voteForm:save"));
            assertThat(headerTimes(tokyo)).containsExactly("17:15");

            tokyo.clickAndWaitForPage(By.id("ownVoteLink"));
            assertThat(tokyo.text(By.id("zoneBadge"))).isEqualTo("Times in Asia/Tokyo");
            assertThat(tokyo.text(By.cssSelector("#voteTable tbody th"))).isEqualTo("Mon, 7 Jan 2030 · 17:15");
            assertThat(tokyo.consoleErrors()).noneMatch(line -> line.contains("Content Security Policy"));
        }
    }

    @Test
    void aPollInItsOwnZoneIsLoadedOnlyOnce() {
        WebClient owner = new WebClient();
        String slug = PollsToVoteOn.dateTimePoll(owner, "Berlin only", "2030-01-07", "09:15");

        try (Browser tokyo = new Browser()) {
            tokyo.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Tokyo"));
            tokyo.open("/poll/" + slug + "/");
            assertThat(tokyo.text(By.id("zoneBadge"))).isEqualTo("Times in Europe/Berlin");
            assertThat(headerTimes(tokyo)).containsExactly("09:15");
            assertThat(navigationType(tokyo)).isEqualTo("navigate");
        }
    }

    /** How the page came: "navigate" the first time, "reload" when bitpoll.js loaded it once more. */
    private static Object navigationType(Browser browser) {
        return browser.driver().executeScript("return performance.getEntriesByType('navigation')[0].type;");
    }

    private static List<String> headerTimes(Browser browser) {
        return browser
                .driver()
                .findElements(By.cssSelector("#pollGrid thead tr"))
                .get(1)
                .findElements(By.tagName("th"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }
}
