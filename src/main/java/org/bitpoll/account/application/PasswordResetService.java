package org.bitpoll.account.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.bitpoll.account.domain.Account;
import org.bitpoll.account.domain.AccountRepository;
import org.bitpoll.account.domain.AccountRule;
import org.bitpoll.account.domain.EmailAddresses;
import org.bitpoll.account.domain.LinkPurpose;
import org.bitpoll.account.domain.PasswordPolicy;
import org.bitpoll.account.domain.Passwords;
import org.bitpoll.account.domain.SignedLink;
import org.bitpoll.platform.error.RuleViolation;

/**
 * Password reset by mail (F29) for local, active accounts. The request never tells whether an account has the
 * address: the answer is the same page, and the lookup and the mail happen afterwards, apart from the request
 * ({@link ResetMails}), so the answer takes as long either way. A directory account gets no link: its password
 * is the directory's. The link works once, for 24 hours.
 */
@Stateless
public class PasswordResetService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private AccountLinks links;

    @Inject
    private AccountLimits limits;

    @Inject
    private ResetMails mails;

    /** Counts the request against the limits and has the link mailed if a local account has this address. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void requestReset(String email, String client, Locale pageLanguage) {
        String address = EmailAddresses.check(email);
        limits.passwordReset(client, address);
        mails.mailLinks(address, pageLanguage);
    }

    /** The user name of the account a reset link is for, if the link still works. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String openReset(String token) {
        return accountOf(links.read(token, LinkPurpose.PASSWORD_RESET)).getUsername();
    }

    /** Sets the new password of the link's account; returns its user name. */
    public String resetPassword(String token, String password, String confirmation) {
        SignedLink link = links.read(token, LinkPurpose.PASSWORD_RESET);
        Account account = accountOf(link);
        PasswordPolicy.check(password, confirmation, account.getUsername());
        account.setPasswordHash(Passwords.hash(password));
        links.markUsed(link);
        return account.getUsername();
    }

    private Account accountOf(SignedLink link) {
        List<String> claims = link.claims();
        Long id;
        try {
            id = claims.size() == 1 ? Long.valueOf(claims.get(0)) : null;
        } catch (NumberFormatException e) {
            id = null;
        }
        return (id == null ? java.util.Optional.<Account>empty() : accounts.findById(id))
                .filter(account -> account.isLocal() && account.isActive())
                .orElseThrow(() -> new RuleViolation(AccountRule.LINK_INVALID));
    }
}
