package org.bitpoll.comment.domain;

import org.bitpoll.platform.error.RuleViolation;

/**
 * Who may comment, edit and delete, and what a comment may hold (F23, §4.5). Comments are on only where the poll
 * allows them; anyone may then write one (comments are not restricted by "login required" or invitations). The
 * author edits their comment only while logged in as the account that wrote it; the author, the poll's managers
 * (owner, owning group, management link) and site administrators delete it. Texts are required and at most
 * {@link Comment#MAX_TEXT_LENGTH} characters, names at most {@link Comment#MAX_NAME_LENGTH}.
 */
public final class CommentRules {

    private CommentRules() {}

    public static void checkAllowed(boolean pollAllowsComments) {
        if (!pollAllowsComments) {
            throw new RuleViolation(CommentRule.DISABLED);
        }
    }

    /** The text as stored (trailing and leading blanks removed), or the rule it breaks. */
    public static String checkText(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new RuleViolation(CommentRule.TEXT_REQUIRED);
        }
        if (stripped.length() > Comment.MAX_TEXT_LENGTH) {
            throw new RuleViolation(CommentRule.TEXT_TOO_LONG, Comment.MAX_TEXT_LENGTH);
        }
        return stripped;
    }

    /** A guest's name as stored, or the rule it breaks. */
    public static String checkName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new RuleViolation(CommentRule.NAME_REQUIRED);
        }
        if (stripped.length() > Comment.MAX_NAME_LENGTH) {
            throw new RuleViolation(CommentRule.NAME_TOO_LONG, Comment.MAX_NAME_LENGTH);
        }
        return stripped;
    }

    /** A changed text as stored, or the rule it breaks (shown at the top of the page, not at the new-comment form). */
    public static String checkEditedText(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new RuleViolation(CommentRule.EDITED_TEXT_REQUIRED);
        }
        if (stripped.length() > Comment.MAX_TEXT_LENGTH) {
            throw new RuleViolation(CommentRule.EDITED_TEXT_TOO_LONG, Comment.MAX_TEXT_LENGTH);
        }
        return stripped;
    }

    /**
     * Whether the visitor (an account id, null for a guest) wrote the comment of this author account (null for a
     * guest's comment or one whose account was deleted) while logged in.
     */
    public static boolean mayEdit(Long authorAccountId, Long visitorAccountId) {
        return visitorAccountId != null && visitorAccountId.equals(authorAccountId);
    }

    public static boolean mayDelete(Long authorAccountId, Long visitorAccountId, boolean managesPoll) {
        return managesPoll || mayEdit(authorAccountId, visitorAccountId);
    }

    public static void checkMayEdit(Comment comment, Long visitorAccountId) {
        if (!mayEdit(comment.getAccountId(), visitorAccountId)) {
            throw new RuleViolation(CommentRule.EDIT_NOT_ALLOWED);
        }
    }

    public static void checkMayDelete(Comment comment, Long visitorAccountId, boolean managesPoll) {
        if (!mayDelete(comment.getAccountId(), visitorAccountId, managesPoll)) {
            throw new RuleViolation(CommentRule.DELETE_NOT_ALLOWED);
        }
    }
}
