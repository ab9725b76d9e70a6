package org.bitpoll.admin.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.bitpoll.account.domain.Account;
import org.bitpoll.account.domain.AccountRepository;
import org.bitpoll.account.domain.AccountRule;
import org.bitpoll.platform.error.ForbiddenException;
import org.bitpoll.platform.error.NotFoundException;
import org.bitpoll.platform.security.Visitor;
import org.bitpoll.poll.domain.PollRepository;

/**
 * What site administrators do in the admin area: find polls (to open, manage or delete them through the poll's
 * own pages, which let site administrators in) and accounts, disable or enable a local account and flag it as
 * administrator (the rules are {@link Account}'s). Everyone else is refused, whatever page they came from.
 */
@Stateless
public class AdminService {

    private static final Logger LOG = Logger.getLogger(AdminService.class.getName());

    @Inject
    private PollRepository polls;

    @Inject
    private AccountRepository accounts;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PollRepository.Found> searchPolls(Visitor visitor, String text, int first, int max) {
        requireSiteAdmin(visitor);
        return polls.search(text, first, max);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countPolls(Visitor visitor, String text) {
        requireSiteAdmin(visitor);
        return polls.countSearch(text);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Account> searchAccounts(Visitor visitor, String text, int first, int max) {
        requireSiteAdmin(visitor);
        return accounts.search(text, first, max);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countAccounts(Visitor visitor, String text) {
        requireSiteAdmin(visitor);
        return accounts.countSearch(text);
    }

    /** Disables (false) or enables a local account; a disabled account cannot log in. Returns its user name. */
    public String changeActive(Visitor visitor, Long accountId, boolean active) {
        requireSiteAdmin(visitor);
        Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        account.changeActiveBy(visitor.accountId(), active);
        LOG.info(() ->
                "Account " + accountId + (active ? " enabled" : " disabled") + " by account " + visitor.accountId());
        return account.getUsername();
    }

    /** Flags (true) or unflags a local account as site administrator, from its next login on. Returns its user name. */
    public String changeSiteAdmin(Visitor visitor, Long accountId, boolean siteAdmin) {
        requireSiteAdmin(visitor);
        Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        account.changeSiteAdminBy(visitor.accountId(), siteAdmin);
        LOG.info(() -> "Account " + accountId + (siteAdmin ? " flagged" : " unflagged")
                + " as administrator by account " + visitor.accountId());
        return account.getUsername();
    }

    private static void requireSiteAdmin(Visitor visitor) {
        if (!visitor.siteAdmin()) {
            throw new ForbiddenException(AccountRule.SITE_ADMIN_ONLY);
        }
    }
}
