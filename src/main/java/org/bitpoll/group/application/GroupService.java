package org.bitpoll.group.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.bitpoll.account.application.AccountLookup;
import org.bitpoll.account.domain.Account;
import org.bitpoll.account.domain.AccountRepository;
import org.bitpoll.account.domain.DirectoryLogin;
import org.bitpoll.group.domain.Group;
import org.bitpoll.group.domain.GroupInvitation;
import org.bitpoll.group.domain.GroupNames;
import org.bitpoll.group.domain.GroupRepository;
import org.bitpoll.group.domain.GroupRule;
import org.bitpoll.group.domain.Invitees;
import org.bitpoll.group.domain.MemberNames;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.error.ForbiddenException;
import org.bitpoll.platform.error.NotFoundException;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.security.Visitor;

/**
 * The groups' use cases (F26) for logged-in people while the operator keeps group management on (off: every
 * group page and action is "not found"): the groups home, creating a group, its page, inviting, answering and
 * withdrawing invitations, the admins' member actions, leaving and deleting. Each loads the group, lets
 * {@link Group} decide, and stores; a group that is not the visitor's is not found. Invitation mails go out after
 * the transaction commits ({@link GroupMails}). Directory groups follow each directory user's login
 * ({@link #followDirectory}).
 */
@Stateless
public class GroupService {

    private static final Logger LOG = Logger.getLogger(GroupService.class.getName());

    /** An open invitation as its lists show it. */
    public record InvitationItem(
            Long id, Long groupId, String groupName, String invitee, String invitedBy, LocalDateTime date) {}

    /** One of the visitor's groups on the groups home. */
    public record GroupItem(Long id, String name, boolean directory, boolean admin, int members) {}

    /** The groups home: the visitor's open invitations, and their groups by name. */
    public record Home(List<InvitationItem> invitations, List<GroupItem> groups) {}

    /** A member as the group page lists them; {@code lastAdmin}: the only admin, whom nobody may remove. */
    public record MemberItem(Long accountId, String name, boolean admin, boolean lastAdmin, boolean self) {}

    /**
     * A group's page for the visitor: whether they are an admin or a member, their own open invitation (null when
     * none), the members by name, the open invitations (for admins only) and how many polls the group owns.
     */
    public record GroupPage(
            Long id,
            String name,
            boolean directory,
            boolean admin,
            boolean member,
            Long ownInvitationId,
            List<MemberItem> members,
            List<InvitationItem> invitations,
            long polls) {}

    @Inject
    private GroupRepository groups;

    @Inject
    private AccountRepository accounts;

    @Inject
    private AccountLookup lookup;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @Inject
    private Event<GroupMails.Invited> invitedEvents;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Home home(Visitor visitor) {
        Long me = requireMember(visitor);
        List<InvitationItem> invitations = groups.invitationsOf(me).stream()
                .map(invitation -> item(invitation, zoneOf(visitor)))
                .flatMap(Optional::stream)
                .toList();
        List<GroupItem> mine = groups.ofMember(me).stream()
                .sorted(Comparator.comparing(Group::getName, String.CASE_INSENSITIVE_ORDER))
                .map(group -> new GroupItem(
                        group.getId(),
                        group.getName(),
                        group.isDirectory(),
                        group.isAdmin(me),
                        group.getMembers().size()))
                .toList();
        return new Home(invitations, mine);
    }

    /** A new group named {@code name} (surrounding blanks ignored), with the visitor as member and admin. */
    public Long create(Visitor visitor, String name) {
        Long me = requireMember(visitor);
        String wanted = name == null ? "" : name.strip();
        Group group = Group.create(wanted, me);
        if (groups.findByKey(GroupNames.key(wanted)).isPresent()) {
            throw new RuleViolation(GroupRule.NAME_TAKEN);
        }
        groups.add(group);
        return group.getId();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public GroupPage page(Visitor visitor, Long groupId) {
        Long me = requireMember(visitor);
        Group group = visibleGroup(me, groupId);
        Long ownInvitation =
                groups.findInvitation(groupId, me).map(GroupInvitation::getId).orElse(null);
        boolean admin = group.isAdmin(me);
        List<MemberItem> members = new ArrayList<>();
        for (Long memberId : group.getMembers()) {
            accounts.findById(memberId)
                    .ifPresent(account -> members.add(new MemberItem(
                            memberId,
                            nameOf(account),
                            group.isAdmin(memberId),
                            group.isAdmin(memberId) && group.getAdmins().size() == 1,
                            memberId.equals(me))));
        }
        members.sort(Comparator.comparing(MemberItem::name, String.CASE_INSENSITIVE_ORDER));
        List<InvitationItem> invitations = admin
                ? groups.invitationsTo(groupId).stream()
                        .map(invitation -> item(invitation, zoneOf(visitor)))
                        .flatMap(Optional::stream)
                        .toList()
                : List.of();
        return new GroupPage(
                group.getId(),
                group.getName(),
                group.isDirectory(),
                admin,
                group.isMember(me),
                ownInvitation,
                List.copyOf(members),
                invitations,
                groups.pollsOwnedBy(groupId));
    }

    /**
     * An admin invites the accounts named in {@code names} (separated by commas or blanks). The first name that is
     * no active account, a member or invited already refuses the whole list; else every invitation is stored and,
     * after the commit, mailed. Returns how many were invited.
     */
    public int invite(Visitor visitor, Long groupId, String names) {
        Long me = requireMember(visitor);
        Group group = visibleGroup(me, groupId);
        group.requireAdmin(me);
        List<String> typed = Invitees.parse(names);
        if (typed.isEmpty()) {
            throw new RuleViolation(GroupRule.INVITEES_REQUIRED);
        }
        Map<Long, Account> invitees = new LinkedHashMap<>();
        for (String username : typed) {
            Account invitee =
                    lookup.findActive(username).orElseThrow(() -> new RuleViolation(GroupRule.NO_SUCH_USER, username));
            group.checkInvitable(
                    invitee.getId(),
                    username,
                    invitees.containsKey(invitee.getId())
                            || groups.findInvitation(groupId, invitee.getId()).isPresent());
            invitees.put(invitee.getId(), invitee);
        }
        String inviter = accounts.findById(me).map(GroupService::nameOf).orElse("");
        for (Account invitee : invitees.values()) {
            groups.add(new GroupInvitation(groupId, invitee.getId(), me, clock.instant()));
            invitedEvents.fire(new GroupMails.Invited(invitee.getId(), inviter, group.getName()));
        }
        return invitees.size();
    }

    /** The invitee accepts their invitation and joins the group; returns the group's id. */
    public Long accept(Visitor visitor, Long invitationId) {
        Long me = requireMember(visitor);
        GroupInvitation invitation = ownInvitation(me, invitationId);
        Group group = groups.find(invitation.getGroupId()).orElseThrow(NotFoundException::new);
        group.join(invitation);
        groups.remove(invitation);
        return group.getId();
    }

    /** The invitee refuses their invitation. */
    public void refuse(Visitor visitor, Long invitationId) {
        Long me = requireMember(visitor);
        groups.remove(ownInvitation(me, invitationId));
    }

    /** An admin withdraws an open invitation to their group. */
    public void withdraw(Visitor visitor, Long groupId, Long invitationId) {
        Long me = requireMember(visitor);
        visibleGroup(me, groupId).requireAdmin(me);
        GroupInvitation invitation = groups.findInvitation(invitationId)
                .filter(found -> found.getGroupId().equals(groupId))
                .orElseThrow(NotFoundException::new);
        groups.remove(invitation);
    }

    public void removeMember(Visitor visitor, Long groupId, Long memberId) {
        Long me = requireMember(visitor);
        visibleGroup(me, groupId).remove(me, memberId);
    }

    public void grantAdmin(Visitor visitor, Long groupId, Long memberId) {
        Long me = requireMember(visitor);
        visibleGroup(me, groupId).grantAdmin(me, memberId);
    }

    public void revokeAdmin(Visitor visitor, Long groupId, Long memberId) {
        Long me = requireMember(visitor);
        visibleGroup(me, groupId).revokeAdmin(me, memberId);
    }

    public void leave(Visitor visitor, Long groupId) {
        Long me = requireMember(visitor);
        visibleGroup(me, groupId).leave(me);
    }

    /**
     * An admin deletes the group with its memberships and invitations. Its polls lose their owning group (the
     * database sets it to none); a poll without an owner account then stays with the holders of its management
     * link and the site administrators.
     */
    public void delete(Visitor visitor, Long groupId) {
        Long me = requireMember(visitor);
        Group group = visibleGroup(me, groupId);
        group.requireDeletableBy(me);
        groups.remove(group);
    }

    /**
     * A directory user logged in: for every directory group the operator names ({@code bitpoll.ldap.groups}), the
     * account becomes or stays a member when the directory has them in it, and stops being one when not. A
     * configured group is made at the first login of one of its members. A local group of the same name (in any
     * case) keeps its own members; the log says so.
     */
    public void followDirectory(@Observes DirectoryLogin login) {
        for (String name : settings.getLdapGroups()) {
            boolean inGroup = login.groups().contains(name);
            Optional<Group> found = groups.findByKey(GroupNames.key(name));
            if (found.isPresent() && !found.get().isDirectory()) {
                LOG.warning(() -> "The directory group " + name + " has the name of a local group: not mirrored");
                continue;
            }
            if (found.isEmpty() && !inGroup) {
                continue;
            }
            Group group = found.orElseGet(() -> {
                Group created = Group.directory(name);
                groups.add(created);
                return created;
            });
            group.syncDirectoryMember(login.accountId(), inGroup);
        }
    }

    /** The logged-in visitor's account id; for a guest, and while group management is off, nothing is found. */
    private Long requireMember(Visitor visitor) {
        if (!settings.isGroupManagement()) {
            throw new NotFoundException();
        }
        if (!visitor.isLoggedIn()) {
            throw new ForbiddenException(GroupRule.LOGIN_REQUIRED);
        }
        return visitor.accountId();
    }

    /** The group, for a member or invitee of it; any other group is not found. */
    private Group visibleGroup(Long me, Long groupId) {
        return groups.find(groupId)
                .filter(group ->
                        group.isVisibleTo(me, groups.findInvitation(groupId, me).isPresent()))
                .orElseThrow(NotFoundException::new);
    }

    private GroupInvitation ownInvitation(Long me, Long invitationId) {
        return groups.findInvitation(invitationId)
                .filter(invitation -> invitation.getInviteeId().equals(me))
                .orElseThrow(NotFoundException::new);
    }

    /** The visitor's own time zone, else the site's. */
    private ZoneId zoneOf(Visitor visitor) {
        return visitor.zone() == null ? settings.getDefaultTimeZone() : visitor.zone();
    }

    private Optional<InvitationItem> item(GroupInvitation invitation, ZoneId zone) {
        return groups.find(invitation.getGroupId())
                .map(group -> new InvitationItem(
                        invitation.getId(),
                        group.getId(),
                        group.getName(),
                        accounts.findById(invitation.getInviteeId())
                                .map(GroupService::nameOf)
                                .orElse(""),
                        accounts.findById(invitation.getInvitedById())
                                .map(GroupService::nameOf)
                                .orElse(""),
                        LocalDateTime.ofInstant(invitation.getDateInvited(), zone)));
    }

    private static String nameOf(Account account) {
        return MemberNames.label(account.getFirstName(), account.getLastName(), account.getUsername());
    }
}
