package org.bitpoll.account.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.bitpoll.account.domain.Account;
import org.bitpoll.account.domain.AccountRepository;
import org.bitpoll.account.domain.AccountRule;
import org.bitpoll.account.domain.AccountSettings;
import org.bitpoll.account.domain.AutoWatchTurnedOn;
import org.bitpoll.platform.error.ForbiddenException;
import org.bitpoll.platform.security.Visitor;

/** A person's own account settings (F31): read them, save them. Only the logged-in person reaches their account. */
@Stateless
public class AccountSettingsService {

    private static final Logger LOG = Logger.getLogger(AccountSettingsService.class.getName());

    @Inject
    private AccountRepository accounts;

    /** Told when auto-watch is turned on (watching then watches the polls voted in). */
    @Inject
    private Event<AutoWatchTurnedOn> autoWatchTurnedOn;

    /** The visitor's own account. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Account ownAccount(Visitor visitor) {
        return load(visitor);
    }

    /** Saves the visitor's settings; a broken rule saves nothing. */
    public void save(Visitor visitor, AccountSettings settings) {
        Account account = load(visitor);
        boolean autoWatchBefore = account.isAutoWatch();
        account.changeSettings(settings);
        if (account.isAutoWatch() && !autoWatchBefore) {
            autoWatchTurnedOn.fire(new AutoWatchTurnedOn(account.getId()));
        }
        LOG.info(() -> "Account " + account.getId() + " changed its settings");
    }

    private Account load(Visitor visitor) {
        if (!visitor.isLoggedIn()) {
            throw new ForbiddenException(AccountRule.LOGIN_REQUIRED);
        }
        return accounts.findById(visitor.accountId())
                .orElseThrow(() -> new ForbiddenException(AccountRule.LOGIN_REQUIRED));
    }
}
