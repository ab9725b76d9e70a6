package org.bitpoll.platform.i18n;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * The language and time zone a logged-in person chose in their account settings, and the footer's language
 * switch storing a new choice there. The accounts feature implements it, so the platform imports no feature.
 */
public interface AccountPreferences {

    /** What an account chose: one of the {@link Languages#SUPPORTED} and a zone. */
    record Preferences(Locale language, ZoneId zone) {}

    Optional<Preferences> of(Long accountId);

    void changeLanguage(Long accountId, Locale language);
}
