package org.bitpoll.account.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.bitpoll.account.domain.AccountRepository;
import org.bitpoll.platform.i18n.AccountPreferences;

/** The language and zone of an account for the platform's pages, and the footer's switch storing a language. */
@Stateless
public class AccountLanguages implements AccountPreferences {

    @Inject
    private AccountRepository accounts;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Preferences> of(Long accountId) {
        return accounts.findById(accountId).map(account -> new Preferences(account.locale(), account.zone()));
    }

    @Override
    public void changeLanguage(Long accountId, Locale language) {
        accounts.findById(accountId).ifPresent(account -> account.changeLanguage(language));
    }
}
