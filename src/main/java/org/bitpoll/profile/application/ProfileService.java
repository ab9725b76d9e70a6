package org.bitpoll.profile.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.bitpoll.account.domain.Account;
import org.bitpoll.account.domain.AccountRepository;
import org.bitpoll.platform.error.ForbiddenException;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.security.Visitor;
import org.bitpoll.poll.domain.PollRepository;
import org.bitpoll.poll.domain.PollRepository.Owned;
import org.bitpoll.profile.domain.Leaving;
import org.bitpoll.profile.domain.MyPoll;
import org.bitpoll.profile.domain.MyPolls;
import org.bitpoll.profile.domain.PersonalData;
import org.bitpoll.profile.domain.PersonalDataRepository;
import org.bitpoll.profile.domain.ProfileRule;
import org.bitpoll.vote.domain.VoteRepository;

/**
 * What a logged-in person has here: "My polls" (F31), the download of their data, and deleting their account with
 * the polls only they own ({@link Leaving}). Every use case is the visitor's own account; a guest is refused.
 */
@Stateless
public class ProfileService {

    private static final Logger LOG = Logger.getLogger(ProfileService.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private PollRepository polls;

    @Inject
    private VoteRepository votes;

    @Inject
    private MyPolls myPolls;

    @Inject
    private PersonalDataRepository personalData;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MyPoll> myPolls(Visitor visitor) {
        return myPolls.of(ownAccount(visitor).getId());
    }

    /** The polls that would be deleted with the visitor's account, by title. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Owned> pollsDeletedWithAccount(Visitor visitor) {
        return Leaving.pollsDeletedWith(polls.ownedBy(ownAccount(visitor).getId()));
    }

    /**
     * Deletes the visitor's account and the polls only it owns, which must be the ones the person confirmed;
     * anonymises its votes elsewhere. Returns the deleted polls.
     */
    public List<Owned> deleteAccount(Visitor visitor, Set<Long> confirmedPollIds) {
        Account account = ownAccount(visitor);
        List<Owned> deleted = Leaving.pollsDeletedWith(polls.ownedBy(account.getId()));
        if (!Leaving.confirmed(deleted, confirmedPollIds)) {
            throw new RuleViolation(ProfileRule.POLLS_CHANGED);
        }
        polls.removeAll(deleted.stream().map(Owned::id).toList());
        polls.touchResultsOfVoter(account.getId());
        votes.anonymiseVotesOf(account.getId());
        accounts.remove(account);
        LOG.info(() -> "Account " + account.getId() + " deleted by its owner, with " + deleted.size() + " poll(s)");
        return deleted;
    }

    /** Everything the download holds about the visitor (never the password hash). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PersonalData personalData(Visitor visitor) {
        Account account = ownAccount(visitor);
        return new PersonalData(
                new PersonalData.AccountData(
                        account.getUsername(),
                        account.getFirstName(),
                        account.getLastName(),
                        account.getEmail(),
                        account.getDisplayName(),
                        account.getLanguage(),
                        account.getTimeZoneName(),
                        account.isAutoWatch(),
                        account.isEmailInvitation(),
                        account.isSiteAdmin(),
                        account.isLocal(),
                        account.getDateJoined(),
                        account.getLastLogin()),
                personalData.ownedPolls(account.getId()),
                myPolls.of(account.getId()),
                personalData.votes(account.getId()),
                personalData.comments(account.getId()),
                personalData.watches(account.getId()),
                personalData.invitations(account.getId()),
                personalData.groups(account.getId()),
                personalData.groupInvitations(account.getId()));
    }

    private Account ownAccount(Visitor visitor) {
        if (!visitor.isLoggedIn()) {
            throw new ForbiddenException(ProfileRule.LOGIN_REQUIRED);
        }
        return accounts.findById(visitor.accountId())
                .orElseThrow(() -> new ForbiddenException(ProfileRule.LOGIN_REQUIRED));
    }
}
