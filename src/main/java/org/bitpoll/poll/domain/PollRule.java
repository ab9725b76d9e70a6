package org.bitpoll.poll.domain;

import org.bitpoll.platform.error.Rule;

/** The rules of creating, setting up and managing polls, by the bundle key of their message. */
public enum PollRule implements Rule {
    TITLE_REQUIRED("error.title.required"),
    TITLE_TOO_LONG("error.title.tooLong"),
    DESCRIPTION_TOO_LONG("error.description.tooLong"),
    SLUG_INVALID("error.slug.invalid"),
    SLUG_TAKEN("error.slug.taken"),
    TIME_ZONE_UNKNOWN("error.settings.timeZone.unknown"),
    CHOICE_TEXT_TOO_LONG("error.choice.tooLong"),
    TOO_MANY_CHOICES("error.choice.tooMany"),
    NO_DATES_CHOSEN("error.dates.none"),
    NO_TIMES_CHOSEN("error.times.none"),
    TIME_INVALID("error.time.invalid"),
    ANSWER_TITLE_REQUIRED("error.value.title.required"),
    ANSWER_TITLE_TOO_LONG("error.value.title.tooLong"),
    ANSWER_ICON_UNKNOWN("error.value.icon.unknown"),
    ANSWER_COLOR_INVALID("error.value.color.invalid"),
    WEIGHT_INVALID("error.value.weight.invalid"),
    WEIGHT_OUT_OF_RANGE("error.value.weight.range"),
    TOO_MANY_ANSWER_VALUES("error.value.tooMany"),
    DATE_SHIFT_INVALID("error.copy.dateShift.invalid"),
    DATE_SHIFT_OUT_OF_RANGE("error.copy.dateShift.range"),
    NOT_MANAGER("error.poll.notManager"),
    OWNERSHIP_NEEDS_LOGIN("error.owner.loginRequired"),
    OWNER_UNKNOWN("error.owner.unknown"),
    OWNER_REQUIRED("error.owner.required"),
    NOT_YOUR_GROUP("error.owner.notYourGroup"),
    ALREADY_OWNED("error.owner.alreadyOwned"),
    LINK_NEEDED_WITHOUT_OWNER("error.owner.linkNeeded"),
    /** The operator reserves creating (and copying) polls to people who log in. */
    CREATION_REQUIRES_LOGIN("error.poll.creationRequiresLogin");

    private final String messageKey;

    PollRule(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
