package org.bitpoll.platform.i18n;

import java.util.Locale;

/**
 * The footer's language switch storing a logged-in person's new choice in their account settings (the account's
 * language then is their page language: {@code Visitor.accountLanguage()}). The accounts feature implements it, so
 * the platform imports no feature.
 */
public interface AccountPreferences {

    void changeLanguage(Long accountId, Locale language);
}
