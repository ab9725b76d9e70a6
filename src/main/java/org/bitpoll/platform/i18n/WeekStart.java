package org.bitpoll.platform.i18n;

import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The day a calendar's week starts on: the convention of the page's language in the visitor's region. The region
 * is the one of the first browser language in the page's language ({@code en-GB}: Monday, {@code en-US}:
 * Sunday), else the page locale's own, else the language's home region (German: Germany, Italian: Italy,
 * English: the United States), as {@link WeekFields} knows them.
 */
public final class WeekStart {

    /** Where a language's calendar conventions come from when neither page nor browser names a region. */
    private static final Map<String, String> HOME_REGIONS = Map.of("en", "US", "de", "DE", "it", "IT");

    private WeekStart() {}

    public static DayOfWeek of(Locale page, List<Locale> browser) {
        Locale regional = browser.stream()
                .filter(locale -> locale.getLanguage().equals(page.getLanguage())
                        && !locale.getCountry().isEmpty())
                .findFirst()
                .orElseGet(() -> withHomeRegion(page));
        return WeekFields.of(regional).getFirstDayOfWeek();
    }

    /** The number PrimeFaces' calendars use for a day: 0 for Sunday to 6 for Saturday. */
    public static int primeFacesNumber(DayOfWeek day) {
        return day.getValue() % 7;
    }

    private static Locale withHomeRegion(Locale page) {
        String region = HOME_REGIONS.get(page.getLanguage());
        if (!page.getCountry().isEmpty() || region == null) {
            return page;
        }
        return new Locale.Builder().setLocale(page).setRegion(region).build();
    }
}
