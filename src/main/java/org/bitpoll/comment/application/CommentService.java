package org.bitpoll.comment.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.bitpoll.comment.domain.Challenges;
import org.bitpoll.comment.domain.Comment;
import org.bitpoll.comment.domain.CommentDraft;
import org.bitpoll.comment.domain.CommentRepository;
import org.bitpoll.comment.domain.CommentRepository.CommentRow;
import org.bitpoll.comment.domain.CommentRule;
import org.bitpoll.comment.domain.CommentRules;
import org.bitpoll.group.domain.GroupRepository;
import org.bitpoll.platform.error.NotFoundException;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.security.Visitor;
import org.bitpoll.poll.domain.Manager;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.poll.domain.PollRepository;

/**
 * Listing, writing, editing and deleting the comments of a poll (F23). Every comment is looked up inside the poll
 * of the address (another poll's comment is not found), and every change checks {@link CommentRules} in its
 * transaction. A guest's comment passes, in this order, the checks of its name and text, the anti-spam question
 * ({@link Challenges}: signature, poll, time; then unused, answer given and a whole number; then used up, right or
 * wrong, see {@link UsedChallenges}; then right) and the guests' limits ({@link CommentLimits}); nothing is stored
 * when one refuses.
 */
@Stateless
public class CommentService {

    /** A comment as the visitor sees it, with what they may do with it. */
    public record Listed(CommentRow comment, boolean editable, boolean deletable) {}

    /** The comments of a poll for a visitor: whether the poll takes comments, and the list, oldest first. */
    public record Discussion(Poll poll, boolean open, List<Listed> comments) {}

    @Inject
    private PollRepository polls;

    @Inject
    private CommentRepository comments;

    @Inject
    private GroupRepository groups;

    @Inject
    private CommentChallenges challenges;

    @Inject
    private UsedChallenges usedChallenges;

    @Inject
    private CommentLimits limits;

    @Inject
    private Clock clock;

    private Poll poll(String slug) {
        return polls.findBySlug(slug).orElseThrow(NotFoundException::new);
    }

    private boolean manages(Poll poll, Visitor visitor) {
        Manager manager = poll.getOwnerGroupId() == null || !visitor.isLoggedIn()
                ? Manager.of(visitor)
                : Manager.of(visitor, groups.groupIdsOf(visitor.accountId()));
        return poll.canBeManagedBy(manager);
    }

    private Comment comment(Poll poll, Long commentId) {
        return comments.findInPoll(poll.getId(), commentId).orElseThrow(NotFoundException::new);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Discussion discussion(String slug, Visitor visitor) {
        Poll poll = poll(slug);
        boolean manages = manages(poll, visitor);
        List<Listed> listed = comments.listOf(poll.getId()).stream()
                .map(row -> new Listed(
                        row,
                        CommentRules.mayEdit(row.accountId(), visitor.accountId()),
                        CommentRules.mayDelete(row.accountId(), visitor.accountId(), manages)))
                .toList();
        return new Discussion(poll, poll.isAllowComments(), listed);
    }

    /** A new anti-spam question for a guest on this poll. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Challenges.Question newQuestion(Long pollId) {
        return challenges.challenges().issue(pollId);
    }

    /**
     * Writes a comment: a logged-in visitor's under their display name, a guest's under the typed name once the
     * question is answered and within the limits of {@code client} and the poll; a refusal names the time to wait
     * in {@code zone}.
     */
    public void add(String slug, Visitor visitor, CommentDraft draft, String client, ZoneId zone) {
        Poll poll = poll(slug);
        CommentRules.checkAllowed(poll.isAllowComments());
        Comment comment;
        if (visitor.isLoggedIn()) {
            comment = Comment.byAccount(
                    poll.getId(), visitor.accountId(), visitor.displayName(), draft.text(), clock.instant());
        } else {
            String name = CommentRules.checkName(draft.name());
            String text = CommentRules.checkText(draft.text());
            Challenges.Presented question = challenges.challenges().read(draft.challengeToken(), poll.getId());
            if (usedChallenges.isUsed(question.link())) {
                throw new RuleViolation(CommentRule.CHALLENGE_USED);
            }
            int answer = question.parse(draft.answer());
            usedChallenges.useUp(question.link());
            question.checkAnswer(answer);
            limits.consume(client, poll.getId(), zone);
            comment = Comment.byGuest(poll.getId(), name, text, clock.instant());
        }
        comments.add(comment);
    }

    /** Changes the text of a comment the logged-in visitor wrote. */
    public void edit(String slug, Long commentId, Visitor visitor, String text) {
        Poll poll = poll(slug);
        CommentRules.checkAllowed(poll.isAllowComments());
        Comment comment = comment(poll, commentId);
        CommentRules.checkMayEdit(comment, visitor.accountId());
        comment.changeText(text);
    }

    /** Deletes a comment the visitor wrote (logged in), or any comment of a poll the visitor manages. */
    public void delete(String slug, Long commentId, Visitor visitor) {
        Poll poll = poll(slug);
        CommentRules.checkAllowed(poll.isAllowComments());
        Comment comment = comment(poll, commentId);
        CommentRules.checkMayDelete(comment, visitor.accountId(), manages(poll, visitor));
        comments.remove(comment);
    }
}
