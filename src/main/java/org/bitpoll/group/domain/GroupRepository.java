package org.bitpoll.group.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the groups, their members and admins and the invitations to them are kept (tables {@code user_group},
 * {@code group_member}, {@code group_admin} and {@code group_invitation}).
 */
public interface GroupRepository {

    /** A group as an owner choice shows it: its id and name. */
    record GroupRef(Long id, String name) {}

    /** The ids of the groups this account is a member of; empty for no account. */
    Set<Long> groupIdsOf(Long accountId);

    /** The groups this account is a member of, by name; empty for no account. */
    List<GroupRef> groupsOf(Long accountId);

    Optional<GroupRef> findById(Long groupId);

    /** The group of exactly this name (names are unique regardless of case, so at most one matches). */
    Optional<GroupRef> findByName(String name);

    /** The ids of the accounts that are members of this group now. */
    List<Long> memberIdsOf(Long groupId);

    /** The group with this id, to change it. */
    Optional<Group> find(Long groupId);

    /** The group whose name is this one regardless of case ({@link GroupNames#key}). */
    Optional<Group> findByKey(String nameKey);

    /** The groups this account is a member of, by name. */
    List<Group> ofMember(Long accountId);

    void add(Group group);

    /** Deletes a group; the database deletes its members, admins and invitations and unlinks its polls. */
    void remove(Group group);

    Optional<GroupInvitation> findInvitation(Long invitationId);

    Optional<GroupInvitation> findInvitation(Long groupId, Long inviteeId);

    /** The open invitations to this group, oldest first. */
    List<GroupInvitation> invitationsTo(Long groupId);

    /** The open invitations of this account, oldest first. */
    List<GroupInvitation> invitationsOf(Long accountId);

    void add(GroupInvitation invitation);

    void remove(GroupInvitation invitation);

    /** How many polls this group owns (deleting the group leaves them without a group owner). */
    long pollsOwnedBy(Long groupId);
}
