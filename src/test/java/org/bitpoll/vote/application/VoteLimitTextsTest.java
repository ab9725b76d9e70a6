package org.bitpoll.vote.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rate-limit messages say the wait in seconds, or in minutes from two minutes on, in every language. */
class VoteLimitTextsTest {

    private static String format(String language, String key, long seconds, long minutes) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle text = ResourceBundle.getBundle("org.bitpoll.i18n.text", locale);
        return new MessageFormat(text.getString(key), locale).format(new Object[] {seconds, minutes});
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "it"})
    void theWaitIsInSecondsThenInMinutes(String language) {
        for (String key : new String[] {"error.vote.tooManyFromClient", "error.vote.tooManyForPoll"}) {
            assertThat(format(language, key, 6, 1)).as(key).contains(" 6 ").doesNotContain("{", "''");
            assertThat(format(language, key, 119, 2)).as(key).contains(" 119 ");
            assertThat(format(language, key, 720, 12)).as(key).contains(" 12 ").doesNotContain("720");
            assertThat(format(language, key, 1, 1)).as(key).doesNotContain(" 1 ");
        }
    }
}
