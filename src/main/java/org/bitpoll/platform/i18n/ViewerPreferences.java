package org.bitpoll.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.bitpoll.platform.security.Visitor;
import org.bitpoll.platform.security.Visitors;

/**
 * The account's language and time zone for this request's logged-in visitor, looked up once; empty for a guest.
 * For a logged-in person the account's language is the page language (the footer's switch changes it there too)
 * and the account's zone is the viewer's zone of polls that show times in it.
 */
@RequestScoped
public class ViewerPreferences {

    @Inject
    private Visitors visitors;

    @Inject
    private AccountPreferences accounts;

    private Optional<AccountPreferences.Preferences> preferences;

    public Optional<Locale> language() {
        return resolved().map(AccountPreferences.Preferences::language);
    }

    public Optional<ZoneId> zone() {
        return resolved().map(AccountPreferences.Preferences::zone);
    }

    private Optional<AccountPreferences.Preferences> resolved() {
        if (preferences == null) {
            Visitor visitor = visitors.current();
            preferences = visitor.isLoggedIn() ? accounts.of(visitor.accountId()) : Optional.empty();
        }
        return preferences;
    }
}
