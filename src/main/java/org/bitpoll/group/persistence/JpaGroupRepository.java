package org.bitpoll.group.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bitpoll.group.domain.GroupRepository;

/**
 * Memberships read with native SQL over the V1 tables (the same on H2 and PostgreSQL); the groups feature maps
 * them as entities when it needs to change them.
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

    private static List<GroupRef> refs(List<?> rows) {
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new GroupRef(((Number) row[0]).longValue(), (String) row[1]))
                .toList();
    }
}
