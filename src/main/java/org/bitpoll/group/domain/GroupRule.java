package org.bitpoll.group.domain;

import org.bitpoll.platform.error.Rule;

/** The rules of groups (F26): names, invitations and the admins, by the bundle key of their message. */
public enum GroupRule implements Rule {
    /** Groups are for logged-in people. */
    LOGIN_REQUIRED("error.group.loginRequired"),
    NAME_INVALID("error.group.name.invalid"),
    NAME_TOO_SHORT("error.group.name.tooShort"),
    NAME_TOO_LONG("error.group.name.tooLong"),
    NAME_TAKEN("error.group.name.taken"),
    /** The only admin wants to leave: the group would have nobody to run it. */
    SOLE_ADMIN("error.group.soleAdmin"),
    /** The only admin is to be removed or lose the admin right. */
    LAST_ADMIN("error.group.lastAdmin"),
    INVITEES_REQUIRED("error.group.invite.required"),
    NO_SUCH_USER("error.group.invite.noSuchUser"),
    ALREADY_INVITED("error.group.invite.alreadyInvited"),
    ALREADY_MEMBER("error.group.invite.alreadyMember"),
    /** A member-only action of someone who is no admin of the group (a forbidden request, not a form error). */
    ADMINS_ONLY("error.group.adminsOnly"),
    /** A directory group's members come from the directory: nobody changes them here. */
    DIRECTORY_GROUP("error.group.directory");

    private final String messageKey;

    GroupRule(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
