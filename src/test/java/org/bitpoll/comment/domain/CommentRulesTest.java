package org.bitpoll.comment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.bitpoll.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;

/** What a comment may hold, and who may write, edit and delete one. */
class CommentRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final Long POLL = 1L;
    private static final Long AUTHOR = 10L;
    private static final Long OTHER = 11L;

    private static void assertBreaks(Runnable check, CommentRule rule) {
        assertThatThrownBy(check::run)
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo(rule));
    }

    @Test
    void aTextIsRequiredAndAtMostTwoThousandCharacters() {
        assertBreaks(() -> Comment.byGuest(POLL, "Gina", null, NOW), CommentRule.TEXT_REQUIRED);
        assertBreaks(() -> Comment.byGuest(POLL, "Gina", " \n\t ", NOW), CommentRule.TEXT_REQUIRED);
        assertBreaks(() -> Comment.byGuest(POLL, "Gina", "x".repeat(2001), NOW), CommentRule.TEXT_TOO_LONG);

        Comment comment = Comment.byGuest(POLL, "  Gina ", "  " + "x".repeat(2000) + "\n", NOW);

        assertThat(comment.getText()).hasSize(2000);
        assertThat(comment.getName()).isEqualTo("Gina");
        assertThat(comment.getAccountId()).isNull();
        assertThat(comment.getCreated()).isEqualTo(NOW);
    }

    @Test
    void aGuestNameIsRequiredAndAtMostEightyCharacters() {
        assertBreaks(() -> Comment.byGuest(POLL, " ", "Hello", NOW), CommentRule.NAME_REQUIRED);
        assertBreaks(() -> Comment.byGuest(POLL, "n".repeat(81), "Hello", NOW), CommentRule.NAME_TOO_LONG);
        assertThat(Comment.byGuest(POLL, "n".repeat(80), "Hello", NOW).getName())
                .hasSize(80);
    }

    @Test
    void anAccountCommentsUnderItsDisplayNameCutToEightyCharacters() {
        Comment comment = Comment.byAccount(POLL, AUTHOR, "D".repeat(100), "Hello", NOW);

        assertThat(comment.getName()).isEqualTo("D".repeat(80));
        assertThat(comment.getAccountId()).isEqualTo(AUTHOR);
    }

    @Test
    void commentsAreRefusedWhereThePollTurnedThemOff() {
        assertBreaks(() -> CommentRules.checkAllowed(false), CommentRule.DISABLED);
        CommentRules.checkAllowed(true);
    }

    @Test
    void onlyTheLoggedInAuthorEditsAndAChangedTextKeepsTheRules() {
        Comment own = Comment.byAccount(POLL, AUTHOR, "Alice", "First", NOW);
        Comment guests = Comment.byGuest(POLL, "Gina", "Hi", NOW);

        CommentRules.checkMayEdit(own, AUTHOR);
        assertBreaks(() -> CommentRules.checkMayEdit(own, OTHER), CommentRule.EDIT_NOT_ALLOWED);
        assertBreaks(() -> CommentRules.checkMayEdit(own, null), CommentRule.EDIT_NOT_ALLOWED);
        assertBreaks(() -> CommentRules.checkMayEdit(guests, null), CommentRule.EDIT_NOT_ALLOWED);
        assertBreaks(() -> own.changeText(" "), CommentRule.EDITED_TEXT_REQUIRED);
        assertBreaks(() -> own.changeText("x".repeat(2001)), CommentRule.EDITED_TEXT_TOO_LONG);

        own.changeText(" Second ");

        assertThat(own.getText()).isEqualTo("Second");
    }

    @Test
    void theAuthorAndThePollsManagersDelete() {
        Comment own = Comment.byAccount(POLL, AUTHOR, "Alice", "First", NOW);
        Comment guests = Comment.byGuest(POLL, "Gina", "Hi", NOW);

        CommentRules.checkMayDelete(own, AUTHOR, false);
        CommentRules.checkMayDelete(own, OTHER, true);
        CommentRules.checkMayDelete(guests, null, true);
        assertBreaks(() -> CommentRules.checkMayDelete(own, OTHER, false), CommentRule.DELETE_NOT_ALLOWED);
        assertBreaks(() -> CommentRules.checkMayDelete(guests, null, false), CommentRule.DELETE_NOT_ALLOWED);
        assertThat(CommentRules.mayDelete(null, null, false)).isFalse();
        assertThat(CommentRules.mayEdit(null, null)).isFalse();
    }
}
