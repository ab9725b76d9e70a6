package org.bitpoll.group.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bitpoll.group.domain.Group;
import org.bitpoll.group.domain.GroupInvitation;
import org.bitpoll.group.domain.GroupRepository;

/**
 * The groups as entities, to change them, and the memberships other features ask for read with native SQL (the
 * same on H2 and PostgreSQL), which needs no entity loaded.
 */
@ApplicationScoped
class JpaGroupRepository implements GroupRepository {

    @PersistenceContext(unitName = "bitpoll")
    private EntityManager em;

    @Override
    public Set<Long> groupIdsOf(Long accountId) {
        if (accountId == null) {
            return Set.of();
        }
        List<?> ids = em.createNativeQuery("SELECT group_id FROM group_member WHERE account_id = ?")
                .setParameter(1, accountId)
                .getResultList();
        Set<Long> result = new HashSet<>();
        ids.forEach(id -> result.add(((Number) id).longValue()));
        return result;
    }

    @Override
    public List<GroupRef> groupsOf(Long accountId) {
        if (accountId == null) {
            return List.of();
        }
        return refs(em.createNativeQuery("SELECT g.id, g.name FROM user_group g JOIN group_member m "
                        + "ON m.group_id = g.id WHERE m.account_id = ? ORDER BY g.name")
                .setParameter(1, accountId)
                .getResultList());
    }

    @Override
    public Optional<GroupRef> findById(Long groupId) {
        if (groupId == null) {
            return Optional.empty();
        }
        return refs(em.createNativeQuery("SELECT id, name FROM user_group WHERE id = ?")
                        .setParameter(1, groupId)
                        .getResultList())
                .stream()
                .findFirst();
    }

    @Override
    public Optional<GroupRef> findByName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return refs(em.createNativeQuery("SELECT id, name FROM user_group WHERE name = ?")
                        .setParameter(1, name)
                        .getResultList())
                .stream()
                .findFirst();
    }

    @Override
    public List<Long> memberIdsOf(Long groupId) {
        List<?> ids = em.createNativeQuery("SELECT account_id FROM group_member WHERE group_id = ? ORDER BY account_id")
                .setParameter(1, groupId)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public Optional<Group> find(Long groupId) {
        return groupId == null ? Optional.empty() : Optional.ofNullable(em.find(Group.class, groupId));
    }

    @Override
    public Optional<Group> findByKey(String nameKey) {
        return em.createNamedQuery("UserGroup.findByKey", Group.class)
                .setParameter("key", nameKey)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Group> ofMember(Long accountId) {
        return em.createNamedQuery("UserGroup.ofMember", Group.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    @Override
    public void add(Group group) {
        em.persist(group);
    }

    @Override
    public void remove(Group group) {
        em.remove(group);
    }

    @Override
    public Optional<GroupInvitation> findInvitation(Long invitationId) {
        return invitationId == null
                ? Optional.empty()
                : Optional.ofNullable(em.find(GroupInvitation.class, invitationId));
    }

    @Override
    public Optional<GroupInvitation> findInvitation(Long groupId, Long inviteeId) {
        return em.createNamedQuery("GroupInvitation.find", GroupInvitation.class)
                .setParameter("group", groupId)
                .setParameter("invitee", inviteeId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<GroupInvitation> invitationsTo(Long groupId) {
        return em.createNamedQuery("GroupInvitation.ofGroup", GroupInvitation.class)
                .setParameter("group", groupId)
                .getResultList();
    }

    @Override
    public List<GroupInvitation> invitationsOf(Long accountId) {
        return em.createNamedQuery("GroupInvitation.ofInvitee", GroupInvitation.class)
                .setParameter("invitee", accountId)
                .getResultList();
    }

    @Override
    public void add(GroupInvitation invitation) {
        em.persist(invitation);
    }

    @Override
    public void remove(GroupInvitation invitation) {
        em.remove(invitation);
    }

    @Override
    public long pollsOwnedBy(Long groupId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM poll WHERE group_id = ?")
                        .setParameter(1, groupId)
                        .getSingleResult())
                .longValue();
    }

    private static List<GroupRef> refs(List<?> rows) {
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new GroupRef(((Number) row[0]).longValue(), (String) row[1]))
                .toList();
    }
}
