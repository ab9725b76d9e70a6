package org.bitpoll.account.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.bitpoll.platform.mail.MailBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountMailTextsTest {

    private static final Object[] ARGUMENTS = {"Bitpoll", "anna", "Anna", "https://polls.example.org/x"};

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "it"})
    void everyMailFillsAllItsValuesAndKeepsItsApostrophes(String language) {
        Locale locale = Locale.forLanguageTag(language);
        for (String kind : new String[] {"registration", "passwordReset", "emailChange"}) {
            String subject = MailBundle.get(locale, "mail." + kind + ".subject", ARGUMENTS);
            String body = MailBundle.get(locale, "mail." + kind + ".body", ARGUMENTS);

            assertThat(subject).contains("Bitpoll").doesNotContain("{", "}");
            assertThat(body).contains("\"anna\"", "\n\n").doesNotContain("{", "}", "''");
        }
        assertThat(MailBundle.get(locale, "mail.registration.body", ARGUMENTS)).contains("https://polls.example.org/x");
    }

    @Test
    void italianElisionsSurviveTheFormat() {
        assertThat(MailBundle.get(Locale.ITALIAN, "mail.passwordReset.body", ARGUMENTS))
                .contains("l'account \"anna\"", "com'è");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ja"})
    void anotherLanguageGetsEnglishNotTheServersLocale(String language) {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try {
            assertThat(MailBundle.get(Locale.forLanguageTag(language), "mail.registration.subject", ARGUMENTS))
                    .isEqualTo("Your account at Bitpoll");
        } finally {
            Locale.setDefault(before);
        }
    }
}
