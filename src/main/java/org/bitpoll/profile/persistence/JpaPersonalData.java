package org.bitpoll.profile.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.bitpoll.platform.persistence.InstantConverter;
import org.bitpoll.platform.persistence.StatementCounter;
import org.bitpoll.profile.domain.PersonalData.AnswerData;
import org.bitpoll.profile.domain.PersonalData.CommentData;
import org.bitpoll.profile.domain.PersonalData.GroupData;
import org.bitpoll.profile.domain.PersonalData.GroupInvitationData;
import org.bitpoll.profile.domain.PersonalData.InvitationData;
import org.bitpoll.profile.domain.PersonalData.OwnedPollData;
import org.bitpoll.profile.domain.PersonalData.VoteData;
import org.bitpoll.profile.domain.PersonalData.WatchData;
import org.bitpoll.profile.domain.PersonalDataRepository;

/**
 * The data download's owned polls, votes with answers, comments, watches, invitations, groups and group invitations:
 * one JDBC statement each, over the other features' tables (this feature maps none of them). Every {@code ?} of a
 * statement is the account's id.
 */
@ApplicationScoped
class JpaPersonalData implements PersonalDataRepository {

    private static final String OWNED = "SELECT url, title, description, poll_type, created, due_date, timezone_name"
            + " FROM poll WHERE owner_id = ? ORDER BY created, id";

    /** A vote without answers has one row with null cells (the outer joins). */
    private static final String VOTES = "SELECT v.id, p.url, p.title, v.name, v.anonymous, v.comment, v.date_created,"
            + " v.date_modified, c.text, c.choice_date, cv.title, vc.comment"
            + " FROM vote v JOIN poll p ON p.id = v.poll_id"
            + " LEFT JOIN vote_choice vc ON vc.vote_id = v.id"
            + " LEFT JOIN choice c ON c.id = vc.choice_id"
            + " LEFT JOIN choice_value cv ON cv.id = vc.value_id"
            + " WHERE v.account_id = ? ORDER BY v.date_created, v.id, c.sort_key, c.id";

    private static final String COMMENTS = "SELECT p.url, p.title, c.name, c.text, c.date_created"
            + " FROM poll_comment c JOIN poll p ON p.id = c.poll_id"
            + " WHERE c.account_id = ? ORDER BY c.date_created, c.id";

    private static final String WATCHES = "SELECT p.url, p.title FROM poll_watch w JOIN poll p ON p.id = w.poll_id"
            + " WHERE w.account_id = ? ORDER BY p.title, p.id";

    private static final String INVITATIONS = "SELECT p.url, p.title, i.date_created, i.last_email, i.vote_id"
            + " FROM invitation i JOIN poll p ON p.id = i.poll_id"
            + " WHERE i.account_id = ? ORDER BY i.date_created, i.id";

    /** A group the account is in as a member, an admin or both; the admin column is null for a member only. */
    private static final String GROUPS = "SELECT g.name, a.account_id, g.directory FROM user_group g"
            + " LEFT JOIN group_member m ON m.group_id = g.id AND m.account_id = ?"
            + " LEFT JOIN group_admin a ON a.group_id = g.id AND a.account_id = ?"
            + " WHERE m.account_id IS NOT NULL OR a.account_id IS NOT NULL ORDER BY g.name, g.id";

    private static final String GROUP_INVITATIONS = "SELECT g.name, i.date_invited"
            + " FROM group_invitation i JOIN user_group g ON g.id = i.group_id"
            + " WHERE i.invitee_id = ? ORDER BY i.date_invited, i.id";

    private static final InstantConverter INSTANTS = new InstantConverter();

    @Resource(lookup = "java:jboss/datasources/BitpollDS")
    private DataSource dataSource;

    @Override
    public List<OwnedPollData> ownedPolls(Long accountId) {
        return list(
                OWNED,
                accountId,
                rows -> new OwnedPollData(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        instant(rows, 5),
                        instant(rows, 6),
                        rows.getString(7)));
    }

    @Override
    public List<VoteData> votes(Long accountId) {
        List<VoteData> votes = new ArrayList<>();
        long[] current = {-1};
        // the rows of a vote come together; each vote's answers are collected, then frozen
        query(VOTES, accountId, rows -> {
            long voteId = rows.getLong(1);
            if (voteId != current[0]) {
                current[0] = voteId;
                votes.add(new VoteData(
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getBoolean(5),
                        rows.getString(6),
                        instant(rows, 7),
                        instant(rows, 8),
                        new ArrayList<>()));
            }
            String option = rows.getString(9);
            if (option != null) {
                votes.get(votes.size() - 1)
                        .answers()
                        .add(new AnswerData(option, instant(rows, 10), rows.getString(11), rows.getString(12)));
            }
        });
        return votes.stream()
                .map(vote -> new VoteData(
                        vote.pollSlug(),
                        vote.pollTitle(),
                        vote.name(),
                        vote.anonymous(),
                        vote.comment(),
                        vote.created(),
                        vote.modified(),
                        List.copyOf(vote.answers())))
                .toList();
    }

    @Override
    public List<CommentData> comments(Long accountId) {
        return list(
                COMMENTS,
                accountId,
                rows -> new CommentData(
                        rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), instant(rows, 5)));
    }

    @Override
    public List<WatchData> watches(Long accountId) {
        return list(WATCHES, accountId, rows -> new WatchData(rows.getString(1), rows.getString(2)));
    }

    @Override
    public List<InvitationData> invitations(Long accountId) {
        return list(
                INVITATIONS,
                accountId,
                rows -> new InvitationData(
                        rows.getString(1),
                        rows.getString(2),
                        instant(rows, 3),
                        instant(rows, 4),
                        rows.getObject(5) != null));
    }

    @Override
    public List<GroupData> groups(Long accountId) {
        return list(
                GROUPS,
                accountId,
                rows -> new GroupData(rows.getString(1), rows.getObject(2) != null, rows.getBoolean(3)));
    }

    @Override
    public List<GroupInvitationData> groupInvitations(Long accountId) {
        return list(GROUP_INVITATIONS, accountId, rows -> new GroupInvitationData(rows.getString(1), instant(rows, 2)));
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return INSTANTS.convertToEntityAttribute(rows.getObject(column));
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rows) throws SQLException;
    }

    /** One object per row of the statement, in its order. */
    private <T> List<T> list(String sql, Long accountId, RowMapper<T> mapper) {
        List<T> items = new ArrayList<>();
        query(sql, accountId, rows -> items.add(mapper.map(rows)));
        return List.copyOf(items);
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    private void query(String sql, Long accountId, RowReader reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            int parameters = (int) sql.chars().filter(c -> c == '?').count();
            for (int i = 1; i <= parameters; i++) {
                select.setLong(i, accountId);
            }
            StatementCounter.countDirect();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the data of account " + accountId, e);
        }
    }
}
