package org.bitpoll.group.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.bitpoll.account.application.Mailer;
import org.bitpoll.account.domain.Account;
import org.bitpoll.account.domain.AccountRepository;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.web.Urls;

/**
 * Mails a group invitation to the invitee once the invitation is stored (after the commit), in the invitee's
 * language, with a link to the groups home where they accept or refuse it. An invitee without an address, or who
 * turned invitation mails off in their settings, gets none. A mail that cannot be sent is logged and changes
 * nothing: the invitation stands and shows on the invitee's groups home. The mail runs in a transaction of its
 * own, since the invitation's has ended.
 */
@Stateless
public class GroupMails {

    private static final Logger LOG = Logger.getLogger(GroupMails.class.getName());

    /** An invitation was made: whom to tell, by whom (their name) and to which group. */
    public record Invited(Long inviteeId, String inviter, String groupName) {}

    @Inject
    private AccountRepository accounts;

    @Inject
    private Mailer mailer;

    @Inject
    private Settings settings;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void mail(@Observes(during = TransactionPhase.AFTER_SUCCESS) Invited invited) {
        Account invitee = accounts.findById(invited.inviteeId()).orElse(null);
        if (invitee == null || invitee.getEmail().isBlank() || !invitee.isEmailInvitation()) {
            return;
        }
        try {
            mailer.send(
                    invitee.getEmail(),
                    invitee.locale(),
                    "groupInvitation",
                    invitee.displayName(),
                    invited.inviter(),
                    invited.groupName(),
                    settings.getBaseUrl() + Urls.groups());
        } catch (RuleViolation notSent) {
            LOG.warning("A group invitation mail could not be sent; the invitation stands");
        }
    }
}
