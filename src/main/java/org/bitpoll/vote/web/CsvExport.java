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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import org.bitpoll.platform.error.NotFoundException;
import org.bitpoll.platform.i18n.Languages;
import org.bitpoll.platform.security.Visitors;
import org.bitpoll.platform.web.Routes;
import org.bitpoll.poll.domain.Choice;
import org.bitpoll.poll.domain.ChoiceLabels;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.vote.application.VoteService;
import org.bitpoll.vote.domain.PollResults;

/**
 * {@code GET /poll/<slug>.csv} (F7): the visible votes of a poll as the viewer may see them on the poll page, as
 * RFC 4180 CSV in UTF-8 with a byte order mark (spreadsheets then read umlauts right). The columns are the name,
 * the time of voting ("Datetime") and one per option: a free-text option by its group path joined with {@code /}
 * (the escape {@code \/} is not shown), a date as ISO 8601, a date-time as ISO 8601 with offset. Times are in whole
 * seconds and in the zone the poll page shows them in ({@link ViewerZone}): the poll's own, or, when the poll
 * translates times, the viewer's as the browser reported it in its zone cookie. The download is a link of the poll
 * page in the same browser, so it sends that cookie and the file has the times the page showed; the offset of
 * every time names its zone. A hidden participant's row has no time (it would tell who voted when). A cell that a spreadsheet would read as a formula is prefixed with an apostrophe.
 */
@WebServlet(Routes.CSV_EXPORT)
public class CsvExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** ISO 8601 with offset, always with seconds and never with fractions of one. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    @Inject
    private VoteService votes;

    @Inject
    private Visitors visitors;

    @Inject
    private ViewerZone viewerZone;

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
        cell(line, text.getString("csv.created"));
        ZoneId zone = viewerZone.displayZone(poll);
        for (Choice option : results.options()) {
            cell(line, optionTitle(poll, option, zone));
        }
        row(out, line);
        DateTimeFormatter created = DATE_TIME.withZone(zone);
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
            cell(line, row.nameHidden() ? "" : created.format(vote.created()));
            for (int value : row.cells()) {
                cell(line, value < 0 ? "" : valueTitles.get(value));
            }
            row(out, line);
        }
    }

    private static String optionTitle(Poll poll, Choice option, ZoneId zone) {
        return switch (poll.getType()) {
            case UNIVERSAL -> String.join("/", ChoiceLabels.path(option.getText()));
            case DATE -> option.getDate().atOffset(ZoneOffset.UTC).toLocalDate().toString();
            case DATETIME -> DATE_TIME.format(option.getDate().atZone(zone));
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
