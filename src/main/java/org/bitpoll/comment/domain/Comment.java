package org.bitpoll.comment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.bitpoll.platform.persistence.BaseEntity;
import org.bitpoll.platform.persistence.InstantConverter;

/**
 * A comment under a poll's results (F23): its text (Markdown, rendered sanitised), when it was written, and its
 * author: a logged-in account, shown under the account's current display name, or a guest, shown under the name
 * they typed. The name is stored either way, so a comment whose account is deleted stays under the name it was
 * written with (the link becomes null, see V6__comments.sql). Only the text changes later, and only by its
 * account ({@link CommentRules}). It belongs to one poll and goes with it.
 */
@Entity
@Table(name = "poll_comment")
@SequenceGenerator(name = "poll_comment_seq", sequenceName = "poll_comment_seq", allocationSize = 50)
@NamedQuery(name = "Comment.findInPoll", query = "SELECT c FROM Comment c WHERE c.id = :id AND c.pollId = :pollId")
public class Comment extends BaseEntity {

    /** Longest author name. */
    public static final int MAX_NAME_LENGTH = 80;
    /** Longest text, in characters (the column holds 20000; a comment is not a document). */
    public static final int MAX_TEXT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "poll_comment_seq")
    private Long id;

    @Column(name = "poll_id", nullable = false)
    private Long pollId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "text", nullable = false, length = 20000)
    private String text;

    @Convert(converter = InstantConverter.class)
    @Column(name = "date_created", nullable = false)
    private Instant created;

    protected Comment() {}

    private Comment(Long pollId, Long accountId, String name, String text, Instant now) {
        this.pollId = Objects.requireNonNull(pollId);
        this.accountId = accountId;
        this.name = CommentRules.checkName(name);
        this.text = CommentRules.checkText(text);
        this.created = Objects.requireNonNull(now);
    }

    /** A comment of a logged-in account, under its display name. */
    public static Comment byAccount(Long pollId, Long accountId, String displayName, String text, Instant now) {
        return new Comment(pollId, Objects.requireNonNull(accountId), shorten(displayName), text, now);
    }

    /** A comment of a guest, under the name they typed. */
    public static Comment byGuest(Long pollId, String name, String text, Instant now) {
        return new Comment(pollId, null, name, text, now);
    }

    /** A display name longer than a comment's name (directory names may be) is cut, never refused. */
    private static String shorten(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        return name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name;
    }

    /** Changes the text; the caller has checked that the visitor wrote it ({@link CommentRules#checkMayEdit}). */
    public void changeText(String newText) {
        this.text = CommentRules.checkEditedText(newText);
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

    public String getName() {
        return name;
    }

    public String getText() {
        return text;
    }

    public Instant getCreated() {
        return created;
    }
}
