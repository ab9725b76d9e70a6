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
import org.bitpoll.profile.domain.PersonalData.AnswerData;
import org.bitpoll.profile.domain.PersonalData.OwnedPollData;
import org.bitpoll.profile.domain.PersonalData.VoteData;
import org.bitpoll.profile.domain.PersonalDataRepository;

/** The data download's owned polls and votes with answers: one JDBC statement each. */
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

    private static final InstantConverter INSTANTS = new InstantConverter();

    @Resource(lookup = "java:jboss/datasources/BitpollDS")
    private DataSource dataSource;

    @Override
    public List<OwnedPollData> ownedPolls(Long accountId) {
        List<OwnedPollData> polls = new ArrayList<>();
        query(
                OWNED,
                accountId,
                rows -> polls.add(new OwnedPollData(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        INSTANTS.convertToEntityAttribute(rows.getObject(5)),
                        INSTANTS.convertToEntityAttribute(rows.getObject(6)),
                        rows.getString(7))));
        return polls;
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
                        INSTANTS.convertToEntityAttribute(rows.getObject(7)),
                        INSTANTS.convertToEntityAttribute(rows.getObject(8)),
                        new ArrayList<>()));
            }
            String option = rows.getString(9);
            if (option != null) {
                votes.get(votes.size() - 1)
                        .answers()
                        .add(new AnswerData(
                                option,
                                INSTANTS.convertToEntityAttribute(rows.getObject(10)),
                                rows.getString(11),
                                rows.getString(12)));
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

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    private void query(String sql, Long accountId, RowReader reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, accountId);
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
