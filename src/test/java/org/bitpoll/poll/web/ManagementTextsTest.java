package org.bitpoll.poll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.bitpoll.poll.domain.AnswerIcons;
import org.bitpoll.poll.domain.ResultVisibility;
import org.bitpoll.poll.domain.Sorting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The labels the management pages build from enum and icon names exist in every language. */
class ManagementTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "it"})
    void everyResultModeSortingAndIconHasALabel(String language) {
        ResourceBundle text = ResourceBundle.getBundle("org.bitpoll.i18n.text", Locale.forLanguageTag(language));

        for (ResultVisibility mode : ResultVisibility.values()) {
            assertThat(text.getString("settings.showResults." + mode.name())).isNotBlank();
        }
        for (Sorting sorting : Sorting.values()) {
            assertThat(text.getString("settings.sorting." + sorting.name())).isNotBlank();
        }
        for (String icon : AnswerIcons.ALL) {
            assertThat(text.getString("values.icon." + icon)).as(icon).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "it"})
    void patternsWithArgumentsKeepTheirPlaceholders(String language) {
        ResourceBundle text = ResourceBundle.getBundle("org.bitpoll.i18n.text", Locale.forLanguageTag(language));

        for (String key : new String[] {
            "copy.dateShift.hint",
            "wizard.timezone",
            "copy.defaultTitle",
            "delete.done",
            "error.settings.timeZone.unknown",
            "error.copy.dateShift.invalid",
            "error.copy.dateShift.range",
            "error.value.title.tooLong",
            "error.value.tooMany"
        }) {
            String formatted = new MessageFormat(text.getString(key), Locale.forLanguageTag(language))
                    .format(new Object[] {"ARG"});
            assertThat(formatted).as(key).contains("ARG").doesNotContain("{0}");
        }
    }
}
