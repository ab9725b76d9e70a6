package org.bitpoll.account.application;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.bitpoll.account.domain.Account;
import org.bitpoll.account.domain.AccountRepository;
import org.bitpoll.account.domain.LinkPurpose;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.i18n.Languages;
import org.bitpoll.platform.web.Urls;

/**
 * The mails of password resets, sent apart from the request that asked (an asynchronous EJB call), so the
 * request's answer does not depend on whether an account has the address. Each local, active account with the
 * address gets its link in its own language (else the page's); a failed mail is only logged, since the page has
 * already answered.
 */
@Stateless
public class ResetMails {

    private static final Logger LOG = Logger.getLogger(ResetMails.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private AccountLinks links;

    @Inject
    private Mailer mailer;

    @Inject
    private Settings settings;

    @Asynchronous
    public void mailLinks(String email, Locale pageLanguage) {
        List<Account> local = accounts.findByEmail(email).stream()
                .filter(account -> account.isLocal() && account.isActive())
                .toList();
        for (Account account : local) {
            Locale language = Languages.supported(account.getLanguage());
            String token = links.sign(
                    LinkPurpose.PASSWORD_RESET, List.of(account.getId().toString()));
            try {
                mailer.send(
                        account.getEmail(),
                        language == null ? pageLanguage : language,
                        "passwordReset",
                        account.getUsername(),
                        settings.getBaseUrl() + Urls.passwordReset(token));
            } catch (RuleViolation failed) {
                LOG.warning("The password-reset mail of an account could not be sent (see the mail warning above)");
            }
        }
    }
}
