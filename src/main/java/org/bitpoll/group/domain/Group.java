package org.bitpoll.group.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.bitpoll.platform.error.ForbiddenException;
import org.bitpoll.platform.error.NotFoundException;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.persistence.BaseEntity;

/**
 * A group of accounts that can own polls together (F26). A local group is made by a person, who becomes its first
 * member and admin; admins invite people (a {@link GroupInvitation} the invitee accepts or refuses), remove members
 * and grant or revoke the admin right, and members leave. A local group always keeps at least one admin: the last
 * one can neither leave ({@link GroupRule#SOLE_ADMIN}) nor be removed or revoked ({@link GroupRule#LAST_ADMIN});
 * an admin deletes the group instead.
 *
 * <p>A directory group ({@link #isDirectory()}) is named by the operator; its members come from the directory at
 * each login ({@link #syncDirectoryMember}), it has no admins, and nobody changes it here.
 */
@Entity(name = "UserGroup")
@Table(name = "user_group")
@SequenceGenerator(name = "user_group_seq", sequenceName = "user_group_seq", allocationSize = 50)
@NamedQuery(name = "UserGroup.findByKey", query = "SELECT g FROM UserGroup g WHERE g.nameKey = :key")
@NamedQuery(
        name = "UserGroup.ofMember",
        query = "SELECT g FROM UserGroup g JOIN g.members m WHERE m = :account ORDER BY g.name")
public class Group extends BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_group_seq")
    private Long id;

    @Column(name = "name", nullable = false, length = GroupNames.MAX_LENGTH)
    private String name;

    @Column(name = "name_key", length = GroupNames.MAX_LENGTH)
    private String nameKey;

    @Column(name = "directory", nullable = false)
    private boolean directory;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "account_id")
    private Set<Long> members = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "group_admin", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "account_id")
    private Set<Long> admins = new HashSet<>();

    protected Group() {}

    private Group(String name, boolean directory) {
        this.name = name;
        this.nameKey = GroupNames.key(name);
        this.directory = directory;
    }

    /** A new local group with a name that keeps {@link GroupNames}' rules; its creator is its member and admin. */
    public static Group create(String name, Long creatorId) {
        Objects.requireNonNull(creatorId);
        GroupNames.problem(name).ifPresent(rule -> {
            throw new RuleViolation(rule);
        });
        Group group = new Group(name, false);
        group.members.add(creatorId);
        group.admins.add(creatorId);
        return group;
    }

    /** A directory group of this configured name, without members yet. */
    public static Group directory(String name) {
        if (name == null || name.isBlank() || name.length() > GroupNames.MAX_LENGTH) {
            throw new IllegalArgumentException("a directory group needs a name of 1 to 150 characters");
        }
        return new Group(name, true);
    }

    public boolean isMember(Long accountId) {
        return accountId != null && members.contains(accountId);
    }

    public boolean isAdmin(Long accountId) {
        return accountId != null && admins.contains(accountId);
    }

    /** Whether this person sees the group's page: its members and the people invited to it. */
    public boolean isVisibleTo(Long accountId, boolean invited) {
        return isMember(accountId) || (accountId != null && invited && !directory);
    }

    /** Throws unless {@code actorId} is an admin of this local group. */
    public void requireAdmin(Long actorId) {
        requireLocal();
        if (!isAdmin(actorId)) {
            throw new ForbiddenException(GroupRule.ADMINS_ONLY);
        }
    }

    /** Throws when {@code accountId} may not be invited: a member already, or invited already. */
    public void checkInvitable(Long accountId, String username, boolean invited) {
        requireLocal();
        if (isMember(accountId)) {
            throw new RuleViolation(GroupRule.ALREADY_MEMBER, username);
        }
        if (invited) {
            throw new RuleViolation(GroupRule.ALREADY_INVITED, username);
        }
    }

    /** The invitee of an invitation to this group joins it. */
    public void join(GroupInvitation invitation) {
        requireLocal();
        if (!id.equals(invitation.getGroupId())) {
            throw new IllegalArgumentException("an invitation to another group");
        }
        members.add(invitation.getInviteeId());
    }

    /** A member leaves; the last admin cannot. */
    public void leave(Long accountId) {
        requireLocal();
        requireMember(accountId);
        if (isAdmin(accountId) && admins.size() == 1) {
            throw new RuleViolation(GroupRule.SOLE_ADMIN);
        }
        members.remove(accountId);
        admins.remove(accountId);
    }

    /** An admin removes a member (themselves too, unless they are the last admin). */
    public void remove(Long actorId, Long memberId) {
        requireAdmin(actorId);
        requireMember(memberId);
        requireNotLastAdmin(memberId);
        members.remove(memberId);
        admins.remove(memberId);
    }

    /** An admin makes a member an admin too. */
    public void grantAdmin(Long actorId, Long memberId) {
        requireAdmin(actorId);
        requireMember(memberId);
        admins.add(memberId);
    }

    /** An admin takes the admin right from a member (themselves too, unless they are the last admin). */
    public void revokeAdmin(Long actorId, Long memberId) {
        requireAdmin(actorId);
        requireMember(memberId);
        requireNotLastAdmin(memberId);
        admins.remove(memberId);
    }

    /** Throws unless {@code actorId} may delete this group: an admin of a local group. */
    public void requireDeletableBy(Long actorId) {
        requireAdmin(actorId);
    }

    /** A directory group takes over whether the directory says this person is in it; true when that changed. */
    public boolean syncDirectoryMember(Long accountId, boolean inDirectoryGroup) {
        if (!directory) {
            throw new IllegalStateException("only a directory group follows the directory");
        }
        return inDirectoryGroup ? members.add(accountId) : members.remove(accountId);
    }

    private void requireLocal() {
        if (directory) {
            throw new RuleViolation(GroupRule.DIRECTORY_GROUP);
        }
    }

    /** A member id that is none of this group's is a thing that does not exist here. */
    private void requireMember(Long accountId) {
        if (!isMember(accountId)) {
            throw new NotFoundException();
        }
    }

    private void requireNotLastAdmin(Long memberId) {
        if (isAdmin(memberId) && admins.size() == 1) {
            throw new RuleViolation(GroupRule.LAST_ADMIN);
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isDirectory() {
        return directory;
    }

    public Set<Long> getMembers() {
        return Set.copyOf(members);
    }

    public Set<Long> getAdmins() {
        return Set.copyOf(admins);
    }
}
