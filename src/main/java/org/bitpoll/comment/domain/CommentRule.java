package org.bitpoll.comment.domain;

import org.bitpoll.platform.error.Rule;

/** The rules of commenting, by the bundle key of their message. */
public enum CommentRule implements Rule {
    DISABLED("error.comment.disabled"),
    TEXT_REQUIRED("error.comment.textRequired"),
    TEXT_TOO_LONG("error.comment.textTooLong"),
    EDITED_TEXT_REQUIRED("error.comment.textRequired"),
    EDITED_TEXT_TOO_LONG("error.comment.textTooLong"),
    NAME_REQUIRED("error.comment.nameRequired"),
    NAME_TOO_LONG("error.comment.nameTooLong"),
    EDIT_NOT_ALLOWED("error.comment.editNotAllowed"),
    DELETE_NOT_ALLOWED("error.comment.deleteNotAllowed"),
    CHALLENGE_INVALID("error.comment.challengeInvalid"),
    CHALLENGE_EXPIRED("error.comment.challengeExpired"),
    CHALLENGE_USED("error.comment.challengeUsed"),
    ANSWER_REQUIRED("error.comment.answerRequired"),
    ANSWER_NOT_A_NUMBER("error.comment.answerNotANumber"),
    ANSWER_WRONG("error.comment.answerWrong"),
    TOO_MANY_FROM_CLIENT("error.comment.tooManyFromClient"),
    TOO_MANY_FOR_POLL("error.comment.tooManyForPoll");

    private final String messageKey;

    CommentRule(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
