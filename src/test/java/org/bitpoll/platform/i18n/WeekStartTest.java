package org.bitpoll.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeekStartTest {

    private static List<Locale> browser(String... tags) {
        return java.util.Arrays.stream(tags).map(Locale::forLanguageTag).toList();
    }

    @ParameterizedTest
    @CsvSource({"de, MONDAY", "it, MONDAY", "en, SUNDAY"})
    void withoutARegionTheLanguagesHomeRegionDecides(String page, DayOfWeek first) {
        assertThat(WeekStart.of(Locale.forLanguageTag(page), List.of())).isEqualTo(first);
    }

    @Test
    void aBritishBrowserStartsTheEnglishWeekOnMonday() {
        assertThat(WeekStart.of(Locale.ENGLISH, browser("en-GB", "en"))).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void anAmericanBrowserStartsTheEnglishWeekOnSunday() {
        assertThat(WeekStart.of(Locale.ENGLISH, browser("en-US", "en"))).isEqualTo(DayOfWeek.SUNDAY);
    }

    @Test
    void theFirstBrowserLanguageOfThePagesLanguageGivesTheRegion() {
        assertThat(WeekStart.of(Locale.ENGLISH, browser("de-DE", "en-GB", "en-US")))
                .isEqualTo(DayOfWeek.MONDAY);
        assertThat(WeekStart.of(Locale.GERMAN, browser("en-US", "de-CH"))).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void browserLanguagesInOtherLanguagesDoNotCount() {
        assertThat(WeekStart.of(Locale.GERMAN, browser("en-US"))).isEqualTo(DayOfWeek.MONDAY);
        assertThat(WeekStart.of(Locale.ENGLISH, browser("de-DE", "it-IT"))).isEqualTo(DayOfWeek.SUNDAY);
    }

    @Test
    void aBrowserLanguageWithoutRegionFallsBackToTheHomeRegion() {
        assertThat(WeekStart.of(Locale.ITALIAN, browser("it"))).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void aPageLocaleWithARegionKeepsIt() {
        assertThat(WeekStart.of(Locale.forLanguageTag("en-AU"), List.of())).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(WeekStart.of(Locale.forLanguageTag("en-IE"), List.of())).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void primeFacesNumbersDaysFromSundayAsZero() {
        assertThat(WeekStart.primeFacesNumber(DayOfWeek.SUNDAY)).isZero();
        assertThat(WeekStart.primeFacesNumber(DayOfWeek.MONDAY)).isEqualTo(1);
        assertThat(WeekStart.primeFacesNumber(DayOfWeek.SATURDAY)).isEqualTo(6);
    }
}
