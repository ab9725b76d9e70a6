package org.bitpoll.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each language names the due date with one term, on the badge, the forms and in every message about it. */
class DueDateTermTest {

    @ParameterizedTest
    @CsvSource({"en, due date, ''", "de, Stichtag, Fällig|Frist", "it, scadenza, ''"})
    void everyTextAboutTheDueDateUsesTheSameTerm(String language, String term, String synonyms) {
        ResourceBundle text = ResourceBundle.getBundle("org.bitpoll.i18n.text", Locale.forLanguageTag(language));

        assertThat(text.getString("label.dueDate")).isEqualToIgnoringCase(term);
        for (String key : new String[] {
            "error.dueDate.invalid", "settings.state.pastDue", "settings.reopen.help", "copy.dateShift.hint"
        }) {
            assertThat(text.getString(key)).as(key).containsIgnoringCase(term);
        }
        assertThat(text.containsKey("badge.due"))
                .as("a second word on the poll page")
                .isFalse();
        if (!synonyms.isEmpty()) {
            Pattern other = Pattern.compile(
                    "\\b(" + synonyms + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
            for (String key : Collections.list(text.getKeys())) {
                assertThat(text.getString(key)).as(key).doesNotContainPattern(other);
            }
        }
    }
}
