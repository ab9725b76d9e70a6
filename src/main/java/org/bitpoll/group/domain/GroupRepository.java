package org.bitpoll.group.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where the groups and their members are kept (tables {@code user_group} and {@code group_member}). */
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
}
