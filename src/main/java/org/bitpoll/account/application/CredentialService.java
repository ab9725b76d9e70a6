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
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.error.ForbiddenException;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.i18n.Languages;
import org.bitpoll.platform.security.Visitor;
import org.bitpoll.platform.web.Urls;

/**
 * A logged-in person's own e-mail address and password (F29), for local accounts only: a directory account's
 * address and password are the directory's. A new address takes effect when the link mailed to it is followed by
 * the same account (24 hours, once); a new password needs the old one.
 */
@Stateless
public class CredentialService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private AccountLinks links;

    @Inject
    private Mailer mailer;

    @Inject
    private Settings settings;

    /** The visitor's account; a guest may not be here. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Account getAccount(Visitor visitor) {
        if (!visitor.isLoggedIn()) {
            throw new ForbiddenException(AccountRule.LOGIN_REQUIRED);
        }
        return accounts.findById(visitor.accountId())
                .orElseThrow(() -> new ForbiddenException(AccountRule.LOGIN_REQUIRED));
    }

    /** Mails the confirmation link to the new address, in the account's language (else the page's). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String requestEmailChange(Visitor visitor, String newEmail, Locale pageLanguage) {
        Account account = localAccount(visitor);
        String address = EmailAddresses.check(newEmail);
        if (EmailAddresses.key(address).equals(EmailAddresses.key(account.getEmail()))) {
            throw new RuleViolation(AccountRule.EMAIL_UNCHANGED);
        }
        checkFree(address, account);
        String token =
                links.sign(LinkPurpose.EMAIL_CHANGE, List.of(account.getId().toString(), address));
        Locale language = Languages.supported(account.getLanguage());
        mailer.send(
                address,
                language == null ? pageLanguage : language,
                "emailChange",
                account.getUsername(),
                address,
                settings.getBaseUrl() + Urls.emailConfirmation(token));
        return address;
    }

    /** The new address of a confirmation link, if the link is the visitor's and still works. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String openEmailChange(Visitor visitor, String token) {
        return addressOf(links.read(token, LinkPurpose.EMAIL_CHANGE), localAccount(visitor));
    }

    /** Sets the address of a confirmation link; returns it. */
    public String confirmEmailChange(Visitor visitor, String token) {
        Account account = localAccount(visitor);
        SignedLink link = links.read(token, LinkPurpose.EMAIL_CHANGE);
        String address = addressOf(link, account);
        account.setEmail(address);
        links.markUsed(link);
        return address;
    }

    public void changePassword(Visitor visitor, String oldPassword, String password, String confirmation) {
        Account account = localAccount(visitor);
        if (oldPassword == null || !Passwords.matches(oldPassword, account.getPasswordHash())) {
            throw new RuleViolation(AccountRule.OLD_PASSWORD_WRONG);
        }
        PasswordPolicy.check(password, confirmation, account.getUsername());
        account.setPasswordHash(Passwords.hash(password));
    }

    private Account localAccount(Visitor visitor) {
        Account account = getAccount(visitor);
        if (!account.isLocal()) {
            throw new RuleViolation(AccountRule.DIRECTORY_ACCOUNT);
        }
        return account;
    }

    private String addressOf(SignedLink link, Account account) {
        List<String> claims = link.claims();
        if (claims.size() != 2) {
            throw new RuleViolation(AccountRule.LINK_INVALID);
        }
        if (!claims.get(0).equals(account.getId().toString())) {
            throw new RuleViolation(AccountRule.LINK_OTHER_ACCOUNT);
        }
        String address = EmailAddresses.check(claims.get(1));
        checkFree(address, account);
        return address;
    }

    private void checkFree(String address, Account account) {
        if (accounts.findByEmail(address).stream().anyMatch(other -> !other.equals(account))) {
            throw new RuleViolation(AccountRule.EMAIL_TAKEN);
        }
    }
}
