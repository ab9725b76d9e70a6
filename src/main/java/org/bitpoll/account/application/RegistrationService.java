package org.bitpoll.account.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.bitpoll.account.domain.Account;
import org.bitpoll.account.domain.AccountRepository;
import org.bitpoll.account.domain.AccountRequest;
import org.bitpoll.account.domain.AccountRule;
import org.bitpoll.account.domain.LinkPurpose;
import org.bitpoll.account.domain.PasswordPolicy;
import org.bitpoll.account.domain.Passwords;
import org.bitpoll.account.domain.SignedLink;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.error.NotFoundException;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.web.Urls;

/**
 * Registration (F28), when the operator has it on: a stranger asks for an account with a user name, names and an
 * e-mail address; nothing is stored, a signed link with exactly these fields is mailed (24 hours, once); following
 * it and choosing a password creates the local account. User names are unique without case among local and
 * directory accounts (the directory's users have a row from their first login), e-mail addresses among all.
 */
@Stateless
public class RegistrationService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private AccountLinks links;

    @Inject
    private AccountLimits limits;

    @Inject
    private Mailer mailer;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @Inject
    private DirectoryStatus directory;

    /** Registration is off: its pages do not exist. */
    public void checkOpen() {
        if (!settings.isRegistrationEnabled()) {
            throw new NotFoundException();
        }
    }

    /** Mails the link that creates the account asked for, in the language of the page; returns the address. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String requestAccount(AccountRequest request, String client, Locale language) {
        checkOpen();
        AccountRequest checked = request.checked();
        limits.registration(client, checked.email());
        checkFree(checked);
        String token = links.sign(
                LinkPurpose.REGISTRATION,
                List.of(
                        checked.username(),
                        checked.firstName(),
                        checked.lastName(),
                        checked.email(),
                        Boolean.toString(checked.emailInvitation())));
        mailer.send(
                checked.email(),
                language,
                "registration",
                checked.username(),
                checked.firstName(),
                settings.getBaseUrl() + Urls.registration(token));
        return checked.email();
    }

    /** The account a registration link asks for, if the link is valid, unused and the names still free. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AccountRequest openRegistration(String token) {
        checkOpen();
        AccountRequest request = requestOf(links.read(token, LinkPurpose.REGISTRATION));
        checkFree(request);
        return request;
    }

    /** Creates the local account of a registration link with this password; returns its user name. */
    public String createAccount(String token, String password, String confirmation) {
        checkOpen();
        SignedLink link = links.read(token, LinkPurpose.REGISTRATION);
        AccountRequest request = requestOf(link);
        checkFree(request);
        PasswordPolicy.check(password, confirmation, request.username());
        Account account = Account.local(
                request.username(),
                request.firstName(),
                request.lastName(),
                request.email(),
                Passwords.hash(password),
                clock.instant());
        account.setEmailInvitation(request.emailInvitation());
        accounts.add(account);
        links.markUsed(link);
        return account.getUsername();
    }

    /**
     * The user name must be nobody's: no account row, and no directory user either (one who never logged in has no
     * row yet, and would be locked out by a local account of their name). While the directory does not answer, no
     * name can be checked against it, so none is given.
     */
    private void checkFree(AccountRequest request) {
        if (accounts.usernameTaken(request.username()) || directory.knows(request.username())) {
            throw new RuleViolation(AccountRule.USERNAME_TAKEN);
        }
        if (directory.unreachable()) {
            throw new RuleViolation(AccountRule.DIRECTORY_UNREACHABLE_FOR_NAMES);
        }
        if (!accounts.findByEmail(request.email()).isEmpty()) {
            throw new RuleViolation(AccountRule.EMAIL_TAKEN);
        }
    }

    /** A signed link's fields are ours; the rules are checked again all the same (they may have changed). */
    private static AccountRequest requestOf(SignedLink link) {
        List<String> claims = link.claims();
        if (claims.size() != 5) {
            throw new RuleViolation(AccountRule.LINK_INVALID);
        }
        try {
            return new AccountRequest(
                            claims.get(0),
                            claims.get(1),
                            claims.get(2),
                            claims.get(3),
                            Boolean.parseBoolean(claims.get(4)))
                    .checked();
        } catch (RuleViolation broken) {
            throw new RuleViolation(AccountRule.LINK_INVALID);
        }
    }
}
