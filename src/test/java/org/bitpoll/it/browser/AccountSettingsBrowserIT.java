package org.bitpoll.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bitpoll.it.support.BrowserTestBase;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.vote.PollsToVoteOn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A person's settings in Chromium (F31): saved and shown again, the language they choose is the language of the
 * pages (and the footer's switch changes it in the account), their time zone is the viewer's zone of a poll that
 * translates times, and bad input (a too long display name, a zone smuggled into the list) is shown on the page
 * with nothing saved.
 */
class AccountSettingsBrowserIT extends BrowserTestBase {

    private TestAccounts.Credentials user;

    @BeforeEach
    void logInAsANewUser() {
        browser.driver().manage().deleteAllCookies();
        browser.useLanguage("en");
        user = TestAccounts.create("settings");
        browser.logIn(user);
        browser.open("/account/");
    }

    private static String value(String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    /**
     * Clicks a checkbox until it shows the wanted state. It is brought to the middle of the window first, and a
     * click that lands on something else (the page still moving as it settles) is tried again.
     */
    private static void tick(String id, boolean wanted) {
        browser.waiting().until(d -> {
            WebElement box = d.findElement(By.id(id));
            if (box.isSelected() != wanted) {
                browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
                try {
                    box.click();
                } catch (org.openqa.selenium.ElementClickInterceptedException moving) {
                    return false;
                }
            }
            return box.isSelected() == wanted;
        });
    }

    private static void save() {
        browser.clickAndWaitForPage(By.id("settingsForm:save"));
    }

    private static String pageLanguage() {
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    @Test
    void settingsAreSavedAndTheChosenLanguageIsThePagesLanguage() {
        assertThat(browser.text(By.id("username"))).isEqualTo(user.username());
        assertThat(browser.driver().findElements(By.id("changePasswordLink"))).hasSize(1);
        browser.type(By.id("settingsForm:displayName"), "Anna Settings");
        new Select(browser.find(By.id("settingsForm:language"))).selectByValue("de");
        new Select(browser.find(By.id("settingsForm:timeZone"))).selectByValue("Asia/Tokyo");
        tick("settingsForm:autoWatch", true);
        tick("settingsForm:emailInvitation", false);
        save();

        assertThat(browser.text(By.id("globalMessages"))).contains("Ihre Einstellungen wurden gespeichert.");
        assertThat(pageLanguage()).isEqualTo("de");
        assertThat(value("settingsForm:displayName")).isEqualTo("Anna Settings");
        assertThat(value("settingsForm:language")).isEqualTo("de");
        assertThat(value("settingsForm:timeZone")).isEqualTo("Asia/Tokyo");
        assertThat(browser.find(By.id("settingsForm:autoWatch")).isSelected()).isTrue();
        assertThat(browser.find(By.id("settingsForm:emailInvitation")).isSelected())
                .isFalse();
        assertThat(browser.driver().findElement(By.id("userName")).getAttribute("textContent"))
                .isEqualTo("Anna Settings");

        // the language cookie of another choice does not override the account's language...
        browser.driver().manage().addCookie(new Cookie("bitpoll-lang", "it", "/"));
        browser.open("/about/");
        assertThat(pageLanguage()).isEqualTo("de");
        // ...but the footer's switch changes it, in the account too
        browser.clickAndWaitForPage(By.cssSelector(".languages a[hreflang='en']"));
        assertThat(pageLanguage()).isEqualTo("en");
        browser.open("/account/");
        assertThat(value("settingsForm:language")).isEqualTo("en");
    }

    @Test
    void theAccountsZoneIsTheViewersZoneOfAPollThatTranslatesTimes() {
        WebClient owner = new WebClient();
        // 09:15 in Berlin in January (UTC+1) is 17:15 in Tokyo (UTC+9) and 03:15 in New York (UTC-5)
        String slug = PollsToVoteOn.dateTimePoll(owner, "Call with Tokyo", "2030-01-07", "09:15");
        PollsToVoteOn.changeSettings(owner, slug, Map.of("useUserTimeZone", "on"));
        new Select(browser.find(By.id("settingsForm:timeZone"))).selectByValue("Asia/Tokyo");
        save();
        browser.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "America/New_York"));
        try {
            browser.open("/poll/" + slug + "/");
            assertThat(browser.text(By.id("zoneBadge"))).isEqualTo("Times in Asia/Tokyo");
            List<WebElement> headerRows = browser.driver().findElements(By.cssSelector("#pollGrid thead tr"));
            assertThat(headerRows.get(1).findElements(By.tagName("th")))
                    .extracting(WebElement::getText)
                    .containsExactly("17:15");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
        }
    }

    @Test
    void aTooLongDisplayNameIsShownAndNothingIsSaved() {
        browser.driver()
                .executeScript("document.getElementById('settingsForm:displayName').removeAttribute('maxlength');");
        browser.type(By.id("settingsForm:displayName"), "x".repeat(101));
        new Select(browser.find(By.id("settingsForm:language"))).selectByValue("it");
        save();

        assertThat(browser.text(By.id("settingsForm:displayNameMessage")))
                .contains("The display name may have at most 100 characters.");
        browser.open("/account/");
        assertThat(pageLanguage()).isEqualTo("en");
        assertThat(value("settingsForm:displayName")).isEmpty();
        assertThat(value("settingsForm:language")).isEqualTo("en");
    }

    @Test
    void anUnknownZoneInATamperedPostIsRefusedAndNothingIsSaved() {
        browser.driver()
                .executeScript("var select = document.getElementById('settingsForm:timeZone');"
                        + "select.add(new Option('Mars/Olympus_Mons', 'Mars/Olympus_Mons'));"
                        + "select.value = 'Mars/Olympus_Mons';");
        browser.type(By.id("settingsForm:displayName"), "Marvin");
        save();

        assertThat(browser.text(By.id("settingsForm:timeZoneMessage")))
                .contains("Please choose one of the offered values.");
        browser.open("/account/");
        assertThat(value("settingsForm:timeZone")).isEqualTo("Europe/Berlin");
        assertThat(value("settingsForm:displayName")).isEmpty();
    }
}
