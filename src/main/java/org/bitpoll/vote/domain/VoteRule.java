package org.bitpoll.vote.domain;

import org.bitpoll.platform.error.Rule;

/** The rules of voting, by the bundle key of their message. */
public enum VoteRule implements Rule {
    POLL_CLOSED("error.vote.closed"),
    ALREADY_VOTED("error.vote.alreadyVoted"),
    LOGIN_REQUIRED("error.vote.loginRequired"),
    INVITATION_REQUIRED("error.vote.invitationRequired"),
    NAME_REQUIRED("error.vote.nameRequired"),
    NAME_TOO_LONG("error.vote.nameTooLong"),
    ANONYMOUS_NOT_ALLOWED("error.vote.anonymousNotAllowed"),
    COMMENT_TOO_LONG("error.vote.commentTooLong"),
    DELETED_VALUE("error.vote.deletedValue"),
    ALL_CHOICES_REQUIRED("error.vote.allRequired"),
    COMMENT_WITHOUT_ANSWER("error.vote.commentWithoutAnswer"),
    NOT_YOURS("error.vote.notYours"),
    ALREADY_ASSIGNED("error.vote.alreadyAssigned"),
    ASSIGNEE_UNKNOWN("error.vote.assigneeUnknown"),
    ASSIGNEE_ALREADY_VOTED("error.vote.assigneeAlreadyVoted"),
    TOO_MANY_FROM_CLIENT("error.vote.tooManyFromClient"),
    TOO_MANY_FOR_POLL("error.vote.tooManyForPoll");

    private final String messageKey;

    VoteRule(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
