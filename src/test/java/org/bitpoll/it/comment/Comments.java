package org.bitpoll.it.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitpoll.it.poll.PollFixtures;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.jsoup.nodes.Element;

/** The comment forms of the poll page as a browser without script posts them, and the comments in the database. */
final class Comments {

    private static final Pattern QUESTION = Pattern.compile("(\\d+) ([+−×]) (\\d+)");

    private Comments() {}

    /** A new free-text poll made by this client (its manager), without options. */
    static String poll(WebClient owner, String title) {
        String slug = PollFixtures.uniqueSlug("comment");
        PollFixtures.create(owner, "universal", title, slug);
        return slug;
    }

    static Page page(WebClient client, String slug) {
        Page page = client.get("/poll/" + slug + "/");
        assertThat(page.status()).isEqualTo(200);
        return page;
    }

    /** The answer to the question the page asks, as a person computes it. */
    static String answer(Page page) {
        Element label = page.html().getElementById("commentForm:commentQuestion");
        assertThat(label).as("the anti-spam question").isNotNull();
        Matcher matcher = QUESTION.matcher(label.text());
        assertThat(matcher.find()).as(label.text()).isTrue();
        int x = Integer.parseInt(matcher.group(1));
        int y = Integer.parseInt(matcher.group(3));
        return Integer.toString(
                switch (matcher.group(2)) {
                    case "+" -> x + y;
                    case "−" -> x - y;
                    default -> x * y;
                });
    }

    /** Posts the new-comment form of a page with these values (by field: name, text, answer; null leaves it). */
    static Page post(WebClient client, Page page, String name, String text, String answer, Map<String, String> more) {
        Map<String, String> values = new HashMap<>(more);
        if (name != null) {
            values.put("commentForm:commentName", name);
        }
        values.put("commentForm:commentText", text);
        if (answer != null) {
            values.put("commentForm:commentAnswer", answer);
        }
        return client.submit(page, "commentForm", values, "commentForm:saveComment");
    }

    /** A guest's comment, answered right. */
    static Page asGuest(WebClient client, String slug, String name, String text) {
        Page page = page(client, slug);
        return post(client, page, name, text, answer(page), Map.of());
    }

    /** A logged-in visitor's comment. */
    static Page asAccount(WebClient client, String slug, String text) {
        return post(client, page(client, slug), null, text, null, Map.of());
    }

    /** The form of a listed comment (edit and delete), by the comment's id. */
    static String actionsFormOf(Page page, long commentId) {
        Element form = page.html().selectFirst("li[data-comment-id=" + commentId + "] form");
        assertThat(form).as("the actions of comment " + commentId).isNotNull();
        return form.id();
    }

    /** Posts a comment's edit or delete form, with values changed (such as another comment's id). */
    static Page act(WebClient client, Page page, long commentId, String button, Map<String, String> values) {
        String form = actionsFormOf(page, commentId);
        return client.submit(page, form, values, form + ":" + button);
    }

    /** The listed comments: author and text, oldest first. */
    static List<String> listed(Page page) {
        return page.html().select("#comments li.comment").stream()
                .map(comment -> comment.selectFirst(".comment-author").text() + ": "
                        + comment.selectFirst(".comment-text").text())
                .toList();
    }

    static long pollId(String slug) {
        return single("SELECT id FROM poll WHERE url = ?", slug);
    }

    static long count(long pollId) {
        return single("SELECT COUNT(*) FROM poll_comment WHERE poll_id = ?", pollId);
    }

    /** The id of the newest comment of a poll. */
    static long newest(String slug) {
        return single("SELECT MAX(id) FROM poll_comment WHERE poll_id = ?", pollId(slug));
    }

    /** When a comment was written, as stored. */
    static Instant created(long commentId) {
        try (Connection connection = TestAccounts.connect();
                PreparedStatement query =
                        connection.prepareStatement("SELECT date_created FROM poll_comment WHERE id = ?")) {
            query.setLong(1, commentId);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getObject(1, OffsetDateTime.class).toInstant();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long single(String sql, Object parameter) {
        try (Connection connection = TestAccounts.connect();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void update(String sql, Object parameter) {
        try (Connection connection = TestAccounts.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
