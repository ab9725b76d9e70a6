package org.bitpoll.profile.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.bitpoll.platform.persistence.InstantConverter;
import org.bitpoll.platform.persistence.StatementCounter;
import org.bitpoll.profile.domain.MyPoll;
import org.bitpoll.profile.domain.MyPolls;

/**
 * "My polls" in one statement: the polls the account owns, voted in, watches, is invited to, or whose group it
 * belongs to, each once, with the five facts the tags show, latest due date first (undated last), then newest. Plain JDBC: every
 * parameter is the same account id (counted like EclipseLink's statements).
 */
@ApplicationScoped
class JpaMyPolls implements MyPolls {

    private static final String QUERY = "SELECT p.url, p.title, p.due_date, p.created,"
            + " CASE WHEN p.owner_id = ? THEN 1 ELSE 0 END,"
            + " (SELECT g.name FROM user_group g JOIN group_member m ON m.group_id = g.id"
            + " WHERE g.id = p.group_id AND m.account_id = ?),"
            + " CASE WHEN EXISTS (SELECT 1 FROM vote v WHERE v.poll_id = p.id AND v.account_id = ?) THEN 1 ELSE 0 END,"
            + " CASE WHEN EXISTS (SELECT 1 FROM poll_watch w WHERE w.poll_id = p.id AND w.account_id = ?)"
            + " THEN 1 ELSE 0 END,"
            + " CASE WHEN EXISTS (SELECT 1 FROM invitation i WHERE i.poll_id = p.id AND i.account_id = ?)"
            + " THEN 1 ELSE 0 END"
            + " FROM poll p"
            + " WHERE p.owner_id = ?"
            + " OR EXISTS (SELECT 1 FROM vote v WHERE v.poll_id = p.id AND v.account_id = ?)"
            + " OR EXISTS (SELECT 1 FROM poll_watch w WHERE w.poll_id = p.id AND w.account_id = ?)"
            + " OR EXISTS (SELECT 1 FROM group_member m WHERE m.group_id = p.group_id AND m.account_id = ?)"
            + " OR EXISTS (SELECT 1 FROM invitation i WHERE i.poll_id = p.id AND i.account_id = ?)"
            + " ORDER BY p.due_date DESC NULLS LAST, p.created DESC, p.id DESC";

    private static final int PARAMETERS = 10;

    private static final InstantConverter INSTANTS = new InstantConverter();

    @Resource(lookup = "java:jboss/datasources/BitpollDS")
    private DataSource dataSource;

    @Override
    public List<MyPoll> of(Long accountId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(QUERY)) {
            for (int i = 1; i <= PARAMETERS; i++) {
                select.setLong(i, accountId);
            }
            StatementCounter.countDirect();
            List<MyPoll> polls = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    polls.add(new MyPoll(
                            rows.getString(1),
                            rows.getString(2),
                            INSTANTS.convertToEntityAttribute(rows.getObject(3)),
                            INSTANTS.convertToEntityAttribute(rows.getObject(4)),
                            rows.getInt(5) == 1,
                            rows.getString(6),
                            rows.getInt(7) == 1,
                            rows.getInt(8) == 1,
                            rows.getInt(9) == 1));
                }
            }
            return polls;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the polls of account " + accountId, e);
        }
    }
}
