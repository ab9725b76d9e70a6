package org.bitpoll.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailBundleTest {

    private static final Object[] ARGUMENTS = {"Bitpoll", "Team lunch", "https://polls.example.org/poll/lunch/", "Anna"
    };

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "it"})
    void theWatchMailsFillAllTheirValues(String language) {
        Locale locale = Locale.forLanguageTag(language);
        for (String kind : new String[] {"watchNamed", "watchUnnamed"}) {
            String subject = MailBundle.get(locale, "mail." + kind + ".subject", ARGUMENTS);
            String body = MailBundle.get(locale, "mail." + kind + ".body", ARGUMENTS);

            assertThat(subject).contains("Team lunch", "Bitpoll").doesNotContain("{", "}");
            assertThat(body)
                    .contains(
                            "https://polls.example.org/poll/lunch/\n",
                            "https://polls.example.org/poll/lunch/#watchForm")
                    .doesNotContain("{", "}", "''");
        }
        assertThat(MailBundle.get(locale, "mail.watchNamed.body", ARGUMENTS)).contains("Anna");
        assertThat(MailBundle.get(locale, "mail.watchUnnamed.body", ARGUMENTS)).doesNotContain("Anna");
    }
}
