package org.bitpoll.comment.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.bitpoll.account.domain.LinkRepository;
import org.bitpoll.account.domain.SignedLink;
import org.bitpoll.account.domain.UsedLink;
import org.bitpoll.comment.domain.CommentRule;
import org.bitpoll.platform.error.RuleViolation;

/**
 * Answered questions, recorded with the used mailed links (table {@code used_token}, forgotten by the cleanup once
 * expired). A question is used up by the first answer given to it, right or wrong, in a transaction of its own: a
 * wrong answer, or a comment refused afterwards, does not give the question back, so no question can be tried
 * twice.
 */
@Stateless
public class UsedChallenges {

    @Inject
    private LinkRepository links;

    @Inject
    private Clock clock;

    public UsedChallenges() {}

    /** With these parts, outside the container (tests). */
    UsedChallenges(LinkRepository links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isUsed(SignedLink question) {
        return links.isUsed(question.id());
    }

    /** Uses the question up, or refuses it when another request used it first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void useUp(SignedLink question) {
        if (links.isUsed(question.id())) {
            throw new RuleViolation(CommentRule.CHALLENGE_USED);
        }
        try {
            links.markUsed(new UsedLink(question), clock.instant());
        } catch (RuleViolation usedMeanwhile) {
            throw new RuleViolation(CommentRule.CHALLENGE_USED);
        }
    }
}
