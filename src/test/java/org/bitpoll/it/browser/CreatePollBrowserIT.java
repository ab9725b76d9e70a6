package org.bitpoll.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.bitpoll.it.support.BrowserTestBase;
import org.bitpoll.it.support.TestServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A person creates each kind of poll in Chromium, in English and in German, sets up its options and sees the poll
 * page with the right header. Screenshots of the poll pages go to target/screenshots.
 */
class CreatePollBrowserIT extends BrowserTestBase {

    @org.junit.jupiter.api.Test
    void theCreatePageFitsAPhoneScreen() {
        browser.useLanguage("en");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            browser.open("/");
            browser.find(By.id("createForm:title"));
            Object overflow =
                    browser.driver().executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
            browser.screenshot("index-phone");
        } finally {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    private static ResourceBundle text(String language) {
        return ResourceBundle.getBundle("org.bitpoll.i18n.text", Locale.forLanguageTag(language));
    }

    private static DateTimeFormatter dayFormat(String language) {
        return DateTimeFormatter.ofPattern(text(language).getString("format.day"), Locale.forLanguageTag(language));
    }

    /** A day two months ahead, so it is selectable whatever today is. */
    private static LocalDate inTwoMonths(int dayOfMonth) {
        return LocalDate.now().plusMonths(2).withDayOfMonth(dayOfMonth);
    }

    private static void createPoll(String language, String typeIndex, String title) {
        browser.useLanguage(language);
        browser.open("/");
        browser.click(By.cssSelector("label[for='createForm:type:" + typeIndex + "']"));
        browser.type(By.id("createForm:title"), title);
        browser.clickAndWaitForPage(By.id("createForm:create"));
        assertThat(browser.byId("managementLinkAnchor").getText()).contains("/manage/");
    }

    private static void pickDaysInTwoMonths(String pickerId, int... days) {
        for (int i = 0; i < 2; i++) {
            WebElement title = browser.find(By.cssSelector("[id='" + pickerId + "'] .ui-datepicker-title"));
            String before = title.getText();
            browser.click(By.cssSelector("[id='" + pickerId + "'] .ui-datepicker-next"));
            browser.waiting()
                    .until(d -> !d.findElement(By.cssSelector("[id='" + pickerId + "'] .ui-datepicker-title"))
                            .getText()
                            .equals(before));
        }
        for (int day : days) {
            browser.click(By.xpath("//*[@id='" + pickerId + "']//td[not(contains(@class,'ui-datepicker-other-month'))]"
                    + "/a[normalize-space(text())='" + day + "']"));
        }
    }

    private static List<String> headerRow(int row) {
        return browser
                .driver()
                .findElements(By.cssSelector("#pollGrid thead tr"))
                .get(row)
                .findElements(By.cssSelector("th:not(.actions)"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void aNormalPollWithGroupedOptions(String language) {
        String title = "Team Dinner " + TestServer.uniqueSlug(language);
        browser.useLanguage(language);
        browser.open("/");
        browser.click(By.cssSelector("label[for='createForm:type:2']"));
        browser.type(By.id("createForm:title"), title);
        browser.expand(By.cssSelector("#createForm\\:advanced legend"), By.id("createForm:slug"));
        String slug = browser.byId("createForm:slug").getAttribute("value");
        assertThat(slug).isEqualTo(title.toLowerCase().replace(' ', '-'));
        browser.clickAndWaitForPage(By.id("createForm:create"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/poll/" + slug + "/edit/choices/universal/");
        assertThat(browser.byId("managementLinkAnchor").getText()).contains("/manage/");

        for (String option : List.of("Lunch/Mon", "Lunch/Tue", "Dinner")) {
            browser.type(By.id("choicesForm:newText"), option);
            browser.clickAndWaitForUpdate(By.id("choicesForm:add"), By.id("choiceTable"));
        }
        assertThat(browser.driver().findElements(By.cssSelector("#choiceTable tbody tr:not(.new-row)")))
                .hasSize(3);
        browser.clickAndWaitForPage(By.id("choicesForm:saveAndView"));

        assertThat(browser.text(By.id("pollTitle"))).isEqualTo(title);
        assertThat(headerRow(0)).containsExactly(text(language).getString("poll.participant"), "Lunch", "Dinner");
        assertThat(headerRow(1)).containsExactly("Mon", "Tue");
        assertThat(browser.find(By.id("pollGrid"))
                        .findElement(By.xpath(".//th[text()='Lunch']"))
                        .getAttribute("colspan"))
                .isEqualTo("2");
        browser.screenshot("poll-universal-" + language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void aDatePoll(String language) {
        createPoll(language, "1", "Summer party " + TestServer.uniqueSlug(language));

        pickDaysInTwoMonths("datesForm:dates", 10, 12);
        browser.waiting()
                .until(d ->
                        d.findElements(By.cssSelector("#datesForm\\:chosen li")).size() == 2);
        browser.clickAndWaitForPage(By.id("datesForm:save"));

        DateTimeFormatter format = dayFormat(language);
        assertThat(headerRow(0))
                .containsExactly(
                        text(language).getString("poll.participant"),
                        format.format(inTwoMonths(10)),
                        format.format(inTwoMonths(12)));
        browser.screenshot("poll-date-" + language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void aDateTimePollThroughTheWizard(String language) {
        createPoll(language, "0", "Board meeting " + TestServer.uniqueSlug(language));

        pickDaysInTwoMonths("wizardForm:dates", 7, 8);
        browser.click(By.id("wizardForm:toTimes"));
        browser.type(By.id("wizardForm:newTime"), "25:00");
        browser.click(By.id("wizardForm:addTime"));
        String expected = new MessageFormat(
                        text(language).getString("error.time.invalid"), Locale.forLanguageTag(language))
                .format(new Object[] {"25:00"});
        browser.waiting().until(ExpectedConditions.textToBe(By.id("wizardForm:newTimeMessage"), expected));
        browser.checkAccessibility();
        for (String time : List.of("14:30", "9:00")) {
            browser.type(By.id("wizardForm:newTime"), time);
            browser.clickAndWaitForUpdate(By.id("wizardForm:addTime"), By.id("times"));
        }
        assertThat(browser.driver().findElements(By.cssSelector("#times .time")).stream()
                        .map(WebElement::getText))
                .containsExactly("09:00", "14:30");
        browser.click(By.id("wizardForm:toCombinations"));
        List<WebElement> cells = browser.waiting()
                .until(ExpectedConditions.numberOfElementsToBe(
                        By.cssSelector("#combinations input[type=checkbox]"), 4));
        assertThat(cells).allMatch(WebElement::isSelected);
        browser.checkAccessibility();
        cells.get(3).click();
        browser.clickAndWaitForPage(By.id("wizardForm:saveCombinations"));

        DateTimeFormatter format = dayFormat(language);
        assertThat(headerRow(0))
                .containsExactly(
                        text(language).getString("poll.participant"),
                        format.format(inTwoMonths(7)),
                        format.format(inTwoMonths(8)));
        assertThat(headerRow(1)).containsExactly("09:00", "14:30", "09:00");
        browser.screenshot("poll-datetime-" + language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void anEmptyTitleGetsAMessageNextToTheField(String language) {
        browser.useLanguage(language);
        browser.open("/");
        browser.clickAndWaitForPage(By.id("createForm:create"));

        assertThat(browser.text(By.id("createForm:titleMessage")))
                .isEqualTo(text(language).getString("error.title.required"));
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(TestServer.baseUrl() + "/");

        browser.type(By.id("createForm:title"), "Second try " + TestServer.uniqueSlug(language));
        browser.clickAndWaitForPage(By.id("createForm:create"));
        assertThat(browser.driver().getCurrentUrl()).contains("/poll/second-try-");
    }

    private static WebElement slugField() {
        return browser.driver().findElement(By.id("createForm:slug"));
    }

    @org.junit.jupiter.api.Test
    void theUrlNameFollowsTheTitleWithUmlautsSpelledOutAndAccentsDropped() {
        browser.useLanguage("de");
        browser.open("/");
        browser.type(By.id("createForm:title"), "Müller Straße, Café");

        assertThat(slugField().getAttribute("value")).isEqualTo("mueller-strasse-cafe");
    }

    @org.junit.jupiter.api.Test
    void tickingRandomUrlNameFillsTheFieldAndUntickingGoesBackToTheTitle() {
        browser.useLanguage("en");
        browser.open("/");
        browser.type(By.id("createForm:title"), "Random walk");
        browser.expand(By.cssSelector("#createForm\\:advanced legend"), By.id("createForm:slug"));
        assertThat(browser.byId("createForm:slug").getAttribute("value")).isEqualTo("random-walk");

        browser.click(By.cssSelector("label[for='createForm:randomSlug']"));
        browser.waiting().until(d -> slugField().getAttribute("value").matches("[A-HJ-NP-RT-Za-hj-kmnp-z0-9]{10}"));
        String random = slugField().getAttribute("value");

        browser.click(By.cssSelector("label[for='createForm:randomSlug']"));
        assertThat(slugField().getAttribute("value")).isEqualTo("random-walk");

        browser.click(By.cssSelector("label[for='createForm:randomSlug']"));
        browser.waiting()
                .until(d -> slugField().getAttribute("value").matches("[A-HJ-NP-RT-Za-hj-kmnp-z0-9]{10}")
                        && !slugField().getAttribute("value").equals(random));
        String chosen = slugField().getAttribute("value");
        browser.clickAndWaitForPage(By.id("createForm:create"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/poll/" + chosen + "/edit/choices/dateTime/");
    }
}
