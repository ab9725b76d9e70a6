package org.bitpoll.account.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import org.bitpoll.account.domain.AccountRepository;
import org.bitpoll.platform.i18n.AccountPreferences;

/** The footer's language switch storing the new language in the logged-in person's account. */
@Stateless
public class AccountLanguages implements AccountPreferences {

    @Inject
    private AccountRepository accounts;

    @Override
    public void changeLanguage(Long accountId, Locale language) {
        accounts.findById(accountId).ifPresent(account -> account.changeLanguage(language));
    }
}
