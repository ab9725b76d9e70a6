package org.bitpoll.invitation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bitpoll.account.domain.Account;
import org.bitpoll.invitation.domain.Invitation;
import org.bitpoll.invitation.domain.InvitationRepository;
import org.bitpoll.invitation.domain.PollReminder;
import org.bitpoll.platform.persistence.InstantConverter;

/**
 * Invitations as entities for changes; the poll page's pending rows as one tuple query with the invitees' accounts,
 * and the timer's candidates as one native query (a poll without a reminder row has the operator's default).
 */
@ApplicationScoped
class JpaInvitationRepository implements InvitationRepository {

    private static final InstantConverter INSTANTS = new InstantConverter();

    private static final String AWAITING_REMINDER = "SELECT i.id, p.id, p.url, p.title, p.due_date, p.closed,"
            + " r.days_before, i.vote_id, i.reminded_at, a.id, a.email, a.language, a.timezone_name,"
            + " a.email_invitation, a.display_name, a.first_name, a.username"
            + " FROM invitation i JOIN poll p ON p.id = i.poll_id JOIN account a ON a.id = i.account_id"
            + " LEFT JOIN poll_reminder r ON r.poll_id = p.id"
            + " WHERE i.vote_id IS NULL AND i.reminded_at IS NULL AND p.closed = FALSE AND a.active = TRUE"
            + " AND p.due_date > ? ORDER BY p.id, i.id";

    @PersistenceContext(unitName = "bitpoll")
    private EntityManager em;

    @Override
    public void add(Invitation invitation) {
        em.persist(invitation);
        em.flush();
    }

    @Override
    public void remove(Invitation invitation) {
        em.remove(em.contains(invitation) ? invitation : em.merge(invitation));
    }

    @Override
    public Optional<Invitation> findInPoll(Long pollId, Long invitationId) {
        if (invitationId == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Invitation.findInPoll", Invitation.class)
                .setParameter("id", invitationId)
                .setParameter("pollId", pollId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Invitation> ofPoll(Long pollId) {
        return em.createNamedQuery("Invitation.ofPoll", Invitation.class)
                .setParameter("pollId", pollId)
                .getResultList();
    }

    @Override
    public boolean isInvited(Long pollId, Long accountId) {
        return accountId != null
                && em.createNamedQuery("Invitation.countOf", Long.class)
                                .setParameter("pollId", pollId)
                                .setParameter("accountId", accountId)
                                .getSingleResult()
                        > 0;
    }

    @Override
    public void fulfil(Long pollId, Long accountId, Long voteId) {
        em.createNamedQuery("Invitation.fulfil")
                .setParameter("voteId", voteId)
                .setParameter("pollId", pollId)
                .setParameter("accountId", accountId)
                .executeUpdate();
    }

    @Override
    public List<Pending> pendingOf(Long pollId) {
        return em
                .createQuery(
                        "SELECT i.accountId, a FROM Invitation i, Account a WHERE a.id = i.accountId"
                                + " AND i.pollId = :pollId AND i.voteId IS NULL ORDER BY i.created, i.id",
                        Object[].class)
                .setParameter("pollId", pollId)
                .getResultList()
                .stream()
                .map(row -> new Pending((Long) row[0], ((Account) row[1]).displayName()))
                .toList();
    }

    @Override
    public List<Invitee> invitees(List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Invitee> byId = new HashMap<>();
        em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids AND a.active = TRUE", Account.class)
                .setParameter("ids", accountIds)
                .getResultList()
                .forEach(account -> byId.put(account.getId(), inviteeOf(account)));
        return accountIds.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static Invitee inviteeOf(Account account) {
        return new Invitee(
                account.getId(),
                account.getEmail(),
                account.getLanguage(),
                account.getTimeZoneName(),
                account.displayName(),
                account.isEmailInvitation());
    }

    @Override
    public List<Reminding> awaitingReminder(Instant now) {
        List<?> rows = em.createNativeQuery(AWAITING_REMINDER)
                .setParameter(1, INSTANTS.convertToDatabaseColumn(now))
                .getResultList();
        List<Reminding> result = new ArrayList<>(rows.size());
        for (Object found : rows) {
            Object[] row = (Object[]) found;
            String displayName = (String) row[14];
            String name = displayName == null || displayName.isEmpty() ? row[15] + " (" + row[16] + ")" : displayName;
            result.add(new Reminding(
                    number(row[0]),
                    number(row[1]),
                    (String) row[2],
                    (String) row[3],
                    INSTANTS.convertToEntityAttribute(row[4]),
                    Boolean.TRUE.equals(row[5]),
                    row[6] == null ? null : ((Number) row[6]).intValue(),
                    row[7] != null,
                    INSTANTS.convertToEntityAttribute(row[8]),
                    new Invitee(
                            number(row[9]),
                            (String) row[10],
                            (String) row[11],
                            (String) row[12],
                            name,
                            Boolean.TRUE.equals(row[13]))));
        }
        return result;
    }

    private static Long number(Object value) {
        return ((Number) value).longValue();
    }

    @Override
    public Optional<PollReminder> reminderOf(Long pollId) {
        return Optional.ofNullable(em.find(PollReminder.class, pollId));
    }

    @Override
    public void addReminder(PollReminder reminder) {
        em.persist(reminder);
    }
}
