package org.bitpoll.vote.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import org.bitpoll.platform.error.NotFoundException;
import org.bitpoll.platform.i18n.Languages;
import org.bitpoll.platform.security.Visitors;
import org.bitpoll.platform.web.Routes;
import org.bitpoll.poll.domain.Choice;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.vote.application.VoteService;
import org.bitpoll.vote.domain.PollResults;

/**
 * {@code GET /poll/<slug>.csv} (F7): the visible votes of a poll as the viewer may see them on the poll page, as
 * RFC 4180 CSV in UTF-8 with a byte order mark (spreadsheets then read umlauts right). Dates are ISO 8601 with the
 * offset of the poll's zone; a cell that a spreadsheet would read as a formula is prefixed with an apostrophe.
 */
@WebServlet(Routes.CSV_EXPORT)
public class CsvExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Inject
    private VoteService votes;

    @Inject
    private Visitors visitors;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object slug = request.getAttribute(Routes.SLUG);
        if (request.getDispatcherType() != DispatcherType.FORWARD || slug == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PollResults results;
        try {
            results = votes.results((String) slug, visitors.current());
        } catch (NotFoundException unknownPoll) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Poll poll = results.poll();
        ResourceBundle text = ResourceBundle.getBundle("org.bitpoll.i18n.text", Languages.of(request));
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + poll.getSlug() + ".csv\"");
        response.setHeader("Cache-Control", "private, no-store");
        PrintWriter out = response.getWriter();
        out.write('\uFEFF');
        StringBuilder line = new StringBuilder();
        cell(line, text.getString("csv.name"));
        cell(line, text.getString("csv.date"));
        for (Choice option : results.options()) {
            cell(line, optionTitle(poll, option));
        }
        row(out, line);
        DateTimeFormatter created = DATE_TIME.withZone(poll.zone());
        String anonymous = text.getString("results.anonymous");
        String hidden = text.getString("results.hidden");
        List<String> valueTitles =
                results.values().stream().map(value -> value.getTitle()).toList();
        for (PollResults.Row row : results.rows()) {
            var vote = row.vote();
            if (row.nameHidden()) {
                cell(line, hidden);
            } else {
                cell(line, vote.anonymous() || vote.name().isEmpty() ? anonymous : vote.name());
            }
            cell(line, created.format(vote.created()));
            for (int value : row.cells()) {
                cell(line, value < 0 ? "" : valueTitles.get(value));
            }
            row(out, line);
        }
    }

    private static String optionTitle(Poll poll, Choice option) {
        return switch (poll.getType()) {
            case UNIVERSAL -> option.getText();
            case DATE -> option.getDate().atOffset(ZoneOffset.UTC).toLocalDate().toString();
            case DATETIME ->
                DATE_TIME.format(option.getDate().atZone(poll.zone()).toOffsetDateTime());
        };
    }

    private static void cell(StringBuilder line, String value) {
        if (line.length() > 0) {
            line.append(',');
        }
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            line.append('"').append(safe.replace("\"", "\"\"")).append('"');
        } else {
            line.append(safe);
        }
    }

    private static void row(PrintWriter out, StringBuilder line) {
        out.write(line.toString());
        out.write("\r\n");
        line.setLength(0);
    }
}
