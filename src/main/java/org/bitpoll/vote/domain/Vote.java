package org.bitpoll.vote.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bitpoll.platform.error.NotFoundException;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.persistence.BaseEntity;
import org.bitpoll.platform.persistence.InstantConverter;
import org.bitpoll.poll.domain.AnswerValue;
import org.bitpoll.poll.domain.Choice;
import org.bitpoll.poll.domain.Poll;

/**
 * A participant's row: who voted (an account, or a guest by name), whether the row shows as anonymous, a comment,
 * and the answered cells. A logged-in voter stays linked even when voting anonymously, so one vote per user holds
 * (product decision 4); only the display says "Anonymous". A guest vote carries the hash of its secret edit key
 * (decision 2). Editing keeps the creation time and records a modification time. When its account is deleted, a
 * vote stays with its answers and comments, anonymised: no account, no name, shown as "Anonymous" (no edit key
 * either, so only the poll's managers can change it).
 */
@Entity
@Table(name = "vote")
@SequenceGenerator(name = "vote_seq", sequenceName = "vote_seq", allocationSize = 50)
@NamedQuery(name = "Vote.findInPoll", query = "SELECT v FROM Vote v WHERE v.id = :id AND v.pollId = :pollId")
@NamedQuery(
        name = "Vote.countByAccount",
        query = "SELECT COUNT(v) FROM Vote v WHERE v.pollId = :pollId AND v.accountId = :accountId")
@NamedQuery(
        name = "Vote.anonymiseByAccount",
        query = "UPDATE Vote v SET v.accountId = NULL, v.name = '', v.anonymous = TRUE WHERE v.accountId = :accountId")
public class Vote extends BaseEntity {

    /** Longest name and per-cell comment. */
    public static final int MAX_NAME_LENGTH = 80;
    /** Longest comment of a vote or a cell. */
    public static final int MAX_COMMENT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vote_seq")
    private Long id;

    @Column(name = "poll_id", nullable = false)
    private Long pollId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "assigned_by_id")
    private Long assignedById;

    @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "anonymous", nullable = false)
    private boolean anonymous;

    @Column(name = "comment", nullable = false)
    private String comment;

    @Column(name = "edit_key_hash", length = 64)
    private String editKeyHash;

    @Convert(converter = InstantConverter.class)
    @Column(name = "date_created", nullable = false)
    private Instant created;

    @Convert(converter = InstantConverter.class)
    @Column(name = "date_modified")
    private Instant modified;

    @OneToMany(mappedBy = "vote", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<VoteCell> cells = new ArrayList<>();

    protected Vote() {}

    private Vote(Long pollId, Instant now) {
        this.pollId = Objects.requireNonNull(pollId);
        this.created = Objects.requireNonNull(now);
    }

    /**
     * A new vote on {@code poll} from {@code voter}, who may vote (see {@link VotingRules}). A guest vote gets
     * {@code editKeyHash}; a logged-in voter's vote is linked to the account and named after it.
     */
    public static Vote cast(Poll poll, Voter voter, Ballot ballot, String editKeyHash, Instant now) {
        Vote vote = new Vote(poll.getId(), now);
        if (voter.isLoggedIn()) {
            vote.accountId = voter.accountId();
            vote.name = voter.displayName();
        } else {
            vote.name = guestName(poll, ballot);
            vote.editKeyHash = Objects.requireNonNull(editKeyHash);
        }
        vote.fill(poll, ballot);
        return vote;
    }

    /**
     * Replaces the answers, anonymity and comment, and a guest's name (a guest may correct it; an account's vote
     * keeps the account's name); the creation time stays.
     */
    public void change(Poll poll, Ballot ballot, Instant now) {
        if (!poll.getId().equals(pollId)) {
            throw new NotFoundException();
        }
        String newName = accountId == null ? guestName(poll, ballot) : name;
        fill(poll, ballot);
        name = newName;
        modified = now;
    }

    private static String guestName(Poll poll, Ballot ballot) {
        if (ballot.name().isEmpty()) {
            if (ballot.anonymous() && poll.isAnonymousAllowed()) {
                return "";
            }
            throw new RuleViolation(VoteRule.NAME_REQUIRED);
        }
        if (ballot.name().length() > MAX_NAME_LENGTH) {
            throw new RuleViolation(VoteRule.NAME_TOO_LONG, MAX_NAME_LENGTH);
        }
        return ballot.name();
    }

    private void fill(Poll poll, Ballot ballot) {
        if (ballot.anonymous() && !poll.isAnonymousAllowed()) {
            throw new RuleViolation(VoteRule.ANONYMOUS_NOT_ALLOWED);
        }
        if (ballot.comment().length() > MAX_COMMENT_LENGTH) {
            throw new RuleViolation(VoteRule.COMMENT_TOO_LONG, MAX_COMMENT_LENGTH);
        }
        Map<Long, AnswerValue> values = new HashMap<>();
        poll.getAnswerValues().forEach(value -> values.put(value.getId(), value));
        Map<Long, Choice> choices = new HashMap<>();
        poll.getChoices().forEach(choice -> choices.put(choice.getId(), choice));
        for (Map.Entry<Long, Ballot.Answer> answer : ballot.answers().entrySet()) {
            Choice choice = choices.get(answer.getKey());
            Long valueId = answer.getValue().valueId();
            AnswerValue value = valueId == null ? null : values.get(valueId);
            if (choice == null || choice.isDeleted() || (valueId != null && value == null)) {
                throw new NotFoundException();
            }
            if (value != null && value.isDeleted()) {
                throw new RuleViolation(VoteRule.DELETED_VALUE);
            }
            String cellComment = answer.getValue().comment();
            if (cellComment != null && cellComment.length() > MAX_COMMENT_LENGTH) {
                throw new RuleViolation(VoteRule.COMMENT_TOO_LONG, MAX_COMMENT_LENGTH);
            }
        }
        Map<Long, Ballot.OptionProblem> problems =
                ballot.problems(poll.activeChoices().stream().map(Choice::getId).toList(), poll.isVoteAll());
        if (problems.containsValue(Ballot.OptionProblem.COMMENT_WITHOUT_ANSWER)) {
            throw new RuleViolation(VoteRule.COMMENT_WITHOUT_ANSWER);
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(VoteRule.ALL_CHOICES_REQUIRED);
        }
        anonymous = ballot.anonymous();
        comment = ballot.comment();
        Map<Long, VoteCell> existing = new HashMap<>();
        cells.forEach(cell -> existing.put(cell.getChoiceId(), cell));
        for (Choice choice : poll.activeChoices()) {
            Ballot.Answer answer = ballot.answers().get(choice.getId());
            VoteCell cell = existing.get(choice.getId());
            String cellComment = answer == null ? "" : answer.comment();
            if (answer == null && cell != null) {
                cells.remove(cell);
            } else if (answer != null && cell != null) {
                cell.answer(answer.valueId(), cellComment);
            } else if (answer != null) {
                cells.add(new VoteCell(this, choice.getId(), answer.valueId(), cellComment));
            }
        }
    }

    /**
     * Assigns a guest vote to a registered account (F11, with the reference's inverted condition fixed): refused
     * only when the poll allows one vote per user and the account has voted already. The name becomes the
     * account's, the assigner is recorded, and the edit key is dropped: the account now owns the vote.
     */
    public void assignTo(
            Poll poll, Long targetAccountId, String targetDisplayName, boolean targetHasVoted, Long assignerAccountId) {
        if (!poll.getId().equals(pollId)) {
            throw new NotFoundException();
        }
        if (accountId != null) {
            throw new RuleViolation(VoteRule.ALREADY_ASSIGNED);
        }
        if (poll.isOneVotePerUser() && targetHasVoted) {
            throw new RuleViolation(VoteRule.ASSIGNEE_ALREADY_VOTED, targetDisplayName);
        }
        accountId = Objects.requireNonNull(targetAccountId);
        name = Objects.requireNonNull(targetDisplayName);
        assignedById = Objects.requireNonNull(assignerAccountId);
        editKeyHash = null;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getPollId() {
        return pollId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getAssignedById() {
        return assignedById;
    }

    public String getName() {
        return name;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public String getComment() {
        return comment;
    }

    public String getEditKeyHash() {
        return editKeyHash;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getModified() {
        return modified;
    }

    public List<VoteCell> getCells() {
        return Collections.unmodifiableList(cells);
    }
}
