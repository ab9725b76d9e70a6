package org.bitpoll.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bitpoll.it.support.BrowserTestBase;
import org.bitpoll.it.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The option editors in Chromium: chosen days stand out on both calendars and are listed with a remove button,
 * the week starts on the visitor's first day, unticking every combination asks before deleting all options, and
 * the settings page shows the management link again.
 */
class OptionEditorsBrowserIT extends BrowserTestBase {

    @BeforeAll
    static void useEnglish() {
        browser.useLanguage("en");
    }

    /** Creates a poll of this type (0 date-time, 1 date, 2 free text) in the browser; returns its URL name. */
    private static String createPoll(String typeIndex, String title) {
        browser.open("/");
        browser.click(By.cssSelector("label[for='createForm:type:" + typeIndex + "']"));
        browser.type(By.id("createForm:title"), title);
        browser.clickAndWaitForPage(By.id("createForm:create"));
        return URI.create(browser.driver().getCurrentUrl()).getPath().split("/")[2];
    }

    private static void showMonthInTwoMonths(String pickerId) {
        for (int i = 0; i < 2; i++) {
            String before = browser.text(By.cssSelector("[id='" + pickerId + "'] .ui-datepicker-title"));
            browser.click(By.cssSelector("[id='" + pickerId + "'] .ui-datepicker-next"));
            browser.waiting()
                    .until(d -> !d.findElement(By.cssSelector("[id='" + pickerId + "'] .ui-datepicker-title"))
                            .getText()
                            .equals(before));
        }
    }

    private static By day(String pickerId, int day) {
        return By.xpath("//*[@id='" + pickerId + "']//td[not(contains(@class,'ui-datepicker-other-month'))]"
                + "/*[normalize-space(text())='" + day + "']");
    }

    private static List<WebElement> chosenDays(String formId) {
        return browser.driver().findElements(By.cssSelector("[id='" + formId + ":chosen'] li"));
    }

    private static Object script(String script, Object... arguments) {
        return browser.driver().executeScript(script, arguments);
    }

    /** A chosen day is dark with white bold digits and a check mark: more than a colour sets it apart. */
    private static void assertMarked(WebElement cell) {
        assertThat(cell.getAttribute("class")).contains("ui-state-active");
        assertThat(script("return getComputedStyle(arguments[0]).backgroundColor;", cell))
                .isEqualTo("rgb(13, 71, 161)");
        assertThat(script("return getComputedStyle(arguments[0]).color;", cell)).isEqualTo("rgb(255, 255, 255)");
        assertThat(script("return getComputedStyle(arguments[0]).fontWeight;", cell))
                .isEqualTo("700");
        assertThat(script("return getComputedStyle(arguments[0], '::after').content;", cell))
                .isEqualTo("\"\u2713\"");
    }

    private static void assertNotMarked(WebElement cell) {
        assertThat(cell.getAttribute("class")).doesNotContain("ui-state-active");
        assertThat(script("return getComputedStyle(arguments[0], '::after').content;", cell))
                .isEqualTo("none");
    }

    private static void chooseAndRemoveDays(String formId) {
        String picker = formId + ":dates";
        showMonthInTwoMonths(picker);
        browser.click(day(picker, 10));
        browser.waiting().until(d -> chosenDays(formId).size() == 1);
        browser.click(day(picker, 12));
        browser.waiting().until(d -> chosenDays(formId).size() == 2);

        assertMarked(browser.find(day(picker, 10)));
        assertMarked(browser.find(day(picker, 12)));
        assertNotMarked(browser.find(day(picker, 11)));
        LocalDate tenth = LocalDate.now().plusMonths(2).withDayOfMonth(10);
        LocalDate twelfth = tenth.withDayOfMonth(12);
        assertThat(chosenDays(formId))
                .extracting(li -> li.getAttribute("data-day"))
                .containsExactly(tenth.toString(), twelfth.toString());
        browser.screenshot("chosen-days-" + formId);

        WebElement firstDay = chosenDays(formId).get(0);
        WebElement remove = firstDay.findElement(By.cssSelector("button"));
        assertThat(remove.getAttribute("aria-label")).isEqualTo("Remove this day: " + tenth);
        remove.click();
        browser.waiting().until(d -> chosenDays(formId).size() == 1);

        assertThat(chosenDays(formId).get(0).getAttribute("data-day")).isEqualTo(twelfth.toString());
        assertNotMarked(browser.find(day(picker, 10)));
        assertMarked(browser.find(day(picker, 12)));
    }

    @Test
    void theDateEditorMarksTheChosenDaysAndListsThemWithARemoveButton() {
        createPoll("1", "Marked days " + TestServer.uniqueSlug("d"));

        chooseAndRemoveDays("datesForm");

        browser.clickAndWaitForPage(By.id("datesForm:save"));
        DateTimeFormatter format = DateTimeFormatter.ofPattern("EEE, d MMM yyyy", Locale.ENGLISH);
        LocalDate tenth = LocalDate.now().plusMonths(2).withDayOfMonth(10);
        assertThat(browser.driver().findElements(By.cssSelector("#pollGrid thead th")))
                .extracting(WebElement::getText)
                .contains(format.format(tenth.withDayOfMonth(12)))
                .doesNotContain(format.format(tenth));
    }

    @Test
    void theWizardMarksTheChosenDaysAndListsThemWithARemoveButton() {
        createPoll("0", "Marked days " + TestServer.uniqueSlug("dt"));

        chooseAndRemoveDays("wizardForm");

        browser.click(By.id("wizardForm:toTimes"));
        browser.find(By.id("wizardForm:newTime"));
        browser.clickAndWaitForUpdate(By.id("wizardForm:backToDays"), By.id("wizardForm:newTime"));
        assertThat(chosenDays("wizardForm")).hasSize(1);
        assertMarked(browser.find(day("wizardForm:dates", 12)));
    }

    private static String firstWeekday(String pickerId) {
        return browser.text(By.cssSelector("[id='" + pickerId + "'] .ui-datepicker-calendar thead th"));
    }

    /** Sends this Accept-Language from now on, as a browser set to that language would. */
    private static void acceptLanguage(String languages) {
        String userAgent = (String) script("return navigator.userAgent;");
        browser.driver()
                .executeCdpCommand(
                        "Emulation.setUserAgentOverride", Map.of("userAgent", userAgent, "acceptLanguage", languages));
    }

    @Test
    void theWeekStartsOnTheVisitorsFirstDay() {
        String slug = createPoll("1", "Week start " + TestServer.uniqueSlug("w"));
        try {
            acceptLanguage("en-GB,en");
            browser.open("/poll/" + slug + "/edit/choices/date/");
            assertThat(firstWeekday("datesForm:dates")).isEqualTo("Mo");

            acceptLanguage("en-US,en");
            browser.open("/poll/" + slug + "/edit/choices/date/");
            assertThat(firstWeekday("datesForm:dates")).isEqualTo("Su");

            browser.useLanguage("de");
            browser.open("/poll/" + slug + "/edit/choices/date/");
            assertThat(firstWeekday("datesForm:dates")).isEqualTo("Mo");
        } finally {
            browser.useLanguage("en");
        }
    }

    /** Steps through the wizard of a poll to its combinations and unticks them all with the corner button. */
    private static void untickEveryCombination(String slug) {
        browser.open("/poll/" + slug + "/edit/choices/dateTime/");
        browser.click(By.id("wizardForm:toTimes"));
        browser.click(By.id("wizardForm:toCombinations"));
        List<WebElement> cells = browser.waiting()
                .until(ExpectedConditions.numberOfElementsToBe(
                        By.cssSelector("#combinations input[type=checkbox]"), 2));
        assertThat(cells).allMatch(WebElement::isSelected);
        browser.clickAndWaitForUpdate(By.id("wizardForm:toggleAll"), By.id("combinations"));
        assertThat(browser.driver().findElements(By.cssSelector("#combinations input[type=checkbox]")))
                .noneMatch(WebElement::isSelected);
    }

    @Test
    void untickingEveryCombinationAsksBeforeDeletingAllOptions() {
        String slug = createPoll("0", "Ask first " + TestServer.uniqueSlug("a"));
        String picker = "wizardForm:dates";
        showMonthInTwoMonths(picker);
        browser.click(day(picker, 7));
        browser.waiting().until(d -> chosenDays("wizardForm").size() == 1);
        browser.click(day(picker, 8));
        browser.waiting().until(d -> chosenDays("wizardForm").size() == 2);
        browser.click(By.id("wizardForm:toTimes"));
        browser.type(By.id("wizardForm:newTime"), "10:00");
        browser.click(By.id("wizardForm:toCombinations"));
        browser.waiting()
                .until(ExpectedConditions.numberOfElementsToBe(
                        By.cssSelector("#combinations input[type=checkbox]"), 2));
        browser.clickAndWaitForPage(By.id("wizardForm:saveCombinations"));
        assertThat(browser.driver().findElements(By.cssSelector("#pollGrid thead th")))
                .hasSizeGreaterThan(2);

        untickEveryCombination(slug);
        browser.clickAndWaitForPage(By.id("wizardForm:saveCombinations"));
        WebElement dialog = browser.byId("deleteAllForm:confirmDeleteAll");
        assertThat(dialog.getText()).contains("Delete all options?", "saving now deletes every option");
        browser.screenshot("wizard-confirm-delete-all");
        browser.click(By.id("deleteAllForm:keepOptions"));
        browser.waiting().until(ExpectedConditions.invisibilityOf(dialog));

        browser.open("/poll/" + slug + "/");
        assertThat(browser.driver().findElements(By.id("noChoices"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#pollGrid thead th")))
                .extracting(WebElement::getText)
                .contains("10:00");

        untickEveryCombination(slug);
        browser.clickAndWaitForPage(By.id("wizardForm:saveCombinations"));
        browser.byId("deleteAllForm:confirmDeleteAll");
        browser.clickAndWaitForPage(By.id("deleteAllForm:deleteAll"));

        assertThat(browser.driver().getCurrentUrl()).endsWith("/poll/" + slug + "/");
        assertThat(browser.byId("noChoices").isDisplayed()).isTrue();
    }

    @Test
    void aManagerSeesTheManagementLinkAgainOnTheSettingsPage() {
        String slug = createPoll("2", "Link again " + TestServer.uniqueSlug("l"));
        String shownAtCreation = browser.byId("managementLinkAnchor").getText();

        browser.open("/poll/" + slug + "/settings/");
        WebElement link = browser.driver().findElement(By.id("settingsManagementLink"));
        assertThat(link.isDisplayed()).isFalse();
        browser.click(By.id("showManagementLink"));

        browser.waiting().until(ExpectedConditions.visibilityOf(link));
        assertThat(link.getText()).isEqualTo(shownAtCreation);
        assertThat(link.getAttribute("href")).isEqualTo(shownAtCreation);
        assertThat(browser.text(By.id("managementLinkDetails"))).contains("Keep this link secret");
        browser.screenshot("settings-management-link");
    }
}
