package org.bitpoll.vote.web;

import jakarta.el.ValueExpression;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.servlet.ServletRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.bitpoll.platform.web.SplicingResponse;
import org.bitpoll.poll.domain.HeaderMatrix;

/**
 * The results grid of the poll page, written straight to the response: a table of 1000 votes × 100 options is
 * 100 000 cells, which nested {@code ui:repeat}s render several times slower (see stack-notes). Every text goes
 * through {@link ResponseWriter#writeText} or {@code writeAttribute}, so it is escaped; only the plain cells
 * {@code <td class="aN">title</td>}, built once per answer value, are written as they are. Colour and icon of
 * answer value N come from one CSS rule each, written in a {@code <style>} element before the table: the icon is
 * a background image ({@link IconImages}), so a cell is one box to lay out.
 *
 * <p>For the browser, the rows come in groups of {@value #ROWS_PER_GROUP} (one {@code tbody} each) and the table
 * names its number of options and the length of its longest name and option label in custom properties: with these
 * bitpoll.css gives every option column the same width and lays out only the row groups on or near the screen, so a
 * big poll's page is ready about as fast as a small one's. That layout no longer makes the elements table boxes, so
 * the table, its row groups and rows also say their roles. The rows of a group not laid out yet stay in the
 * accessibility tree while assistive technology runs (Chromium with {@code --force-renderer-accessibility}: all
 * 200 rows of a 200-row grid; the DevTools protocol alone, which switches accessibility on after the load, sees only
 * the rows laid out).
 *
 * <p>For screen readers every cell holds its answer's title as text, which the stylesheet shrinks to nothing
 * behind the icon: the cheapest text a cell can carry, its title's length in bytes. The table has a caption, the
 * participant names are row headers, and option groups of the first header row head a {@code <colgroup>} each
 * ({@code scope="colgroup"}); the other option headers are {@code scope="col"} over the columns they span.
 *
 * <p>The vote rows are written in their row groups by {@link #writeRowGroup}; where the model keeps runs in
 * memory ({@link ResultsModel#cachedRows()}), a run is written once for every viewer who sees those rows the same
 * (the same version of the poll, language, time zone and rights on each row) and then taken as it was: on the poll
 * page ({@link SplicingResponse}) as bytes, precompressed for clients that take gzip.
 *
 * <p>Usage: {@code <b:resultsTable value="#{viewPoll.results}" caption="…" unanswered="…"/>} with
 * {@code xmlns:b="bitpoll"}; {@code caption} and {@code unanswered} (the text of a cell without an answer) are
 * translated texts.
 */
@FacesComponent(value = ResultsTable.TYPE, createTag = true, namespace = "bitpoll", tagName = "resultsTable")
public class ResultsTable extends UIComponentBase {

    static final String TYPE = "org.bitpoll.ResultsTable";

    /** The rows of a row group, the unit the browser lays out or skips. */
    static final int ROWS_PER_GROUP = 50;

    /** The longest name and option label the column widths make room for, in characters; longer ones wrap or are cut. */
    private static final int MAX_CHARS = 40;

    @Override
    public String getFamily() {
        return "org.bitpoll";
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        ValueExpression expression = getValueExpression("value");
        ResultsModel model = expression == null ? null : (ResultsModel) expression.getValue(context.getELContext());
        if (model == null) {
            return;
        }
        ResponseWriter out = context.getResponseWriter();
        writeStyles(out, model.values());
        out.startElement("div", this);
        out.writeAttribute("class", "grid-scroll", null);
        out.startElement("table", this);
        out.writeAttribute("id", "pollGrid", null);
        out.writeAttribute("class", "poll-grid results", null);
        out.writeAttribute("role", "table", null);
        out.writeAttribute("style", columnWidths(model), null);
        writeCaption(out);
        writeColumnGroups(out, model.header());
        writeHeader(out, model);
        writeBody(out, model, context);
        writeSummary(out, model);
        out.endElement("table");
        out.endElement("div");
    }

    private void writeStyles(ResponseWriter out, List<ResultsModel.Value> values) throws IOException {
        StringBuilder css = new StringBuilder(2048 * (values.size() + 1));
        appendIcon(css, "u", "question", "#757575", null);
        for (int i = 0; i < values.size(); i++) {
            ResultsModel.Value value = values.get(i);
            appendIcon(css, "a" + i, value.icon(), "#212529", "#" + value.color());
        }
        out.startElement("style", this);
        out.write(css.toString());
        out.endElement("style");
    }

    /** The icon of the cells of a class, drawn over their colour (if any) as a background image. */
    private static void appendIcon(StringBuilder css, String cellClass, String icon, String iconColor, String color) {
        css.append(".results td.")
                .append(cellClass)
                .append("{background:")
                .append(IconImages.of(icon, iconColor))
                .append(" center/1rem 1rem no-repeat");
        if (color != null) {
            css.append(' ').append(color);
        }
        css.append('}');
    }

    private void writeCaption(ResponseWriter out) throws IOException {
        Object caption = getAttributes().get("caption");
        if (caption == null) {
            return;
        }
        out.startElement("caption", this);
        out.writeAttribute("class", "sr-only", null);
        out.writeText(caption, null);
        out.endElement("caption");
    }

    /** One column group for the names, one per option group of the first header row, one for the actions. */
    private void writeColumnGroups(ResponseWriter out, HeaderMatrix header) throws IOException {
        columnGroup(out, 1);
        if (!header.rows().isEmpty()) {
            for (HeaderMatrix.Cell cell : header.rows().get(0)) {
                columnGroup(out, cell.colspan());
            }
        }
        columnGroup(out, 1);
    }

    private void columnGroup(ResponseWriter out, int span) throws IOException {
        out.startElement("colgroup", this);
        if (span > 1) {
            out.writeAttribute("span", span, null);
        }
        out.endElement("colgroup");
    }

    private void writeHeader(ResponseWriter out, ResultsModel model) throws IOException {
        HeaderMatrix header = model.header();
        out.startElement("thead", this);
        out.writeAttribute("role", "rowgroup", null);
        int depth = Math.max(1, header.depth());
        for (int level = 0; level < header.depth(); level++) {
            out.startElement("tr", this);
            out.writeAttribute("role", "row", null);
            if (level == 0) {
                headerCell(out, model.labels().participant(), depth, "name-column");
            }
            for (HeaderMatrix.Cell cell : header.rows().get(level)) {
                out.startElement("th", this);
                out.writeAttribute("scope", level == 0 && cell.colspan() > 1 ? "colgroup" : "col", null);
                if (cell.colspan() > 1) {
                    out.writeAttribute("colspan", cell.colspan(), null);
                }
                if (cell.rowspan() > 1) {
                    out.writeAttribute("rowspan", cell.rowspan(), null);
                }
                out.writeText(cell.label(), null);
                out.endElement("th");
            }
            if (level == 0) {
                headerCell(out, model.labels().actions(), depth, "actions noprint");
            }
            out.endElement("tr");
        }
        out.endElement("thead");
    }

    private void headerCell(ResponseWriter out, String text, int rowspan, String styleClass) throws IOException {
        out.startElement("th", this);
        out.writeAttribute("scope", "col", null);
        out.writeAttribute("class", styleClass, null);
        if (rowspan > 1) {
            out.writeAttribute("rowspan", rowspan, null);
        }
        out.writeText(text, null);
        out.endElement("th");
    }

    private void writeBody(ResponseWriter out, ResultsModel model, FacesContext context) throws IOException {
        List<ResultsModel.Value> values = model.values();
        String[] classes = new String[values.size()];
        String[] titles = new String[values.size()];
        String[] plainCells = new String[values.size()];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = values.get(i).deleted() ? "a" + i + " d" : "a" + i;
            titles[i] = values.get(i).title();
            plainCells[i] = plainCell(context, classes[i], titles[i]);
        }
        Object unansweredText = getAttributes().get("unanswered");
        String unanswered = unansweredText == null ? "" : unansweredText.toString();
        String unansweredCell = plainCell(context, "u", unanswered);
        Cells cells = new Cells(classes, titles, plainCells, unanswered, unansweredCell);
        int options = model.header().rows().isEmpty() ? 0 : countOptions(model.header());
        if (model.rows().isEmpty()) {
            startRowGroup(out, 1);
            out.startElement("tr", this);
            out.writeAttribute("role", "row", null);
            out.writeAttribute("class", "empty-row", null);
            out.startElement("td", this);
            out.writeAttribute("colspan", options + 2, null);
            out.writeText(model.labels().noVotes(), null);
            out.endElement("td");
            out.endElement("tr");
            out.endElement("tbody");
        }
        writeRows(out, model, cells, context);
        writeInvitations(out, model, options, unansweredCell);
    }

    /**
     * Starts a row group of {@code rows} rows: a browser lays out only the row groups on or near the screen
     * (bitpoll.css: {@code content-visibility}); a short group says how many rows it has, so the page has its final
     * height before the group is laid out.
     */
    private void startRowGroup(ResponseWriter out, int rows) throws IOException {
        out.startElement("tbody", this);
        out.writeAttribute("role", "rowgroup", null);
        if (rows != ROWS_PER_GROUP) {
            out.writeAttribute("style", "--rows:" + rows, null);
        }
    }

    /** How the cells of an answer value are written: class, title, and the whole cell when it has no comment. */
    private record Cells(
            String[] classes, String[] titles, String[] plainCells, String unanswered, String unansweredCell) {}

    /**
     * The vote rows: each written by {@link #writeRow}, or, where the model keeps runs of rows in memory, each run as
     * it was written for the first viewer who saw it the same ({@link GridRows}).
     */
    private void writeRows(ResponseWriter out, ResultsModel model, Cells cells, FacesContext context)
            throws IOException {
        List<ResultsModel.Row> rows = model.rows();
        GridRows cached = model.cachedRows();
        Optional<SplicingResponse> splicing = SplicingResponse.of(
                (ServletRequest) context.getExternalContext().getRequest());
        for (int from = 0; from < rows.size(); from += ROWS_PER_GROUP) {
            int first = from;
            int to = Math.min(rows.size(), from + ROWS_PER_GROUP);
            List<ResultsModel.Row> group = rows.subList(first, to);
            if (cached == null) {
                writeRowGroup(out, group, model, cells);
                continue;
            }
            GridChunk chunk = cached.chunk(first, to, () -> {
                StringWriter html = new StringWriter(4096 * group.size());
                try {
                    ResponseWriter writer = out.cloneWithWriter(html);
                    writeRowGroup(writer, group, model, cells);
                    writer.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return html.toString();
            });
            out.write(splicing.map(response -> response.marker(chunk)).orElseGet(chunk::html));
        }
    }

    /** A row group ({@link #startRowGroup}) of vote rows. */
    private void writeRowGroup(ResponseWriter out, List<ResultsModel.Row> rows, ResultsModel model, Cells cells)
            throws IOException {
        startRowGroup(out, rows.size());
        for (ResultsModel.Row row : rows) {
            writeRow(out, row, model.labels(), cells);
        }
        out.endElement("tbody");
    }

    private void writeRow(ResponseWriter out, ResultsModel.Row row, ResultsModel.Labels labels, Cells cells)
            throws IOException {
        out.startElement("tr", this);
        out.writeAttribute("role", "row", null);
        if (row.mine()) {
            out.writeAttribute("class", "mine", null);
        }
        out.startElement("th", this);
        out.writeAttribute("scope", "row", null);
        out.writeAttribute("class", row.anonymous() ? "name anonymous" : "name", null);
        out.writeAttribute("title", row.tooltip(), null);
        out.writeAttribute("tabindex", "0", null);
        out.writeText(row.name(), null);
        out.endElement("th");
        int[] values = row.cells();
        String[] comments = row.comments();
        for (int i = 0; i < values.length; i++) {
            String comment = comments == null ? null : comments[i];
            int value = values[i];
            if (comment == null) {
                // escaped once per answer value in plainCell: written as is, the bulk of a big table
                out.write(value < 0 ? cells.unansweredCell() : cells.plainCells()[value]);
                continue;
            }
            // a commented cell is focusable: its answer is its name, the comment its description, and Enter
            // opens the comment in a popover (bitpoll.js)
            out.startElement("td", this);
            out.writeAttribute("class", (value < 0 ? "u" : cells.classes()[value]) + " c", null);
            out.writeAttribute("title", comment, null);
            out.writeAttribute("tabindex", "0", null);
            out.writeText(value < 0 ? cells.unanswered() : cells.titles()[value], null);
            out.endElement("td");
        }
        out.startElement("td", this);
        out.writeAttribute("class", "actions noprint", null);
        if (row.editUrl() != null) {
            writeIconLink(out, row.editUrl(), "pi pi-pencil", labels.edit());
        }
        if (row.assignUrl() != null) {
            writeIconLink(out, row.assignUrl(), "pi pi-user-plus assign-vote", labels.assign());
        }
        out.endElement("td");
        out.endElement("tr");
    }

    /** The pending invitations: the invitee's name and an unanswered cell per option; the invitee's own has a Vote link. */
    private void writeInvitations(ResponseWriter out, ResultsModel model, int options, String unansweredCell)
            throws IOException {
        List<ResultsModel.InvitationRow> invitations = model.invitations();
        for (int index = 0; index < invitations.size(); index++) {
            if (index % ROWS_PER_GROUP == 0) {
                if (index > 0) {
                    out.endElement("tbody");
                }
                startRowGroup(out, Math.min(ROWS_PER_GROUP, invitations.size() - index));
            }
            ResultsModel.InvitationRow invitation = invitations.get(index);
            out.startElement("tr", this);
            out.writeAttribute("role", "row", null);
            out.writeAttribute("class", invitation.voteUrl() == null ? "invitation" : "invitation mine", null);
            out.startElement("th", this);
            out.writeAttribute("scope", "row", null);
            out.writeAttribute("class", "name invited", null);
            out.writeAttribute("title", model.labels().invited(), null);
            out.writeAttribute("tabindex", "0", null);
            out.writeText(invitation.name(), null);
            out.endElement("th");
            for (int i = 0; i < options; i++) {
                out.write(unansweredCell);
            }
            out.startElement("td", this);
            out.writeAttribute("class", "actions noprint", null);
            if (invitation.voteUrl() != null) {
                writeIconLink(
                        out,
                        invitation.voteUrl(),
                        "pi pi-pencil invitation-vote",
                        model.labels().vote());
            }
            out.endElement("td");
            out.endElement("tr");
        }
        if (!invitations.isEmpty()) {
            out.endElement("tbody");
        }
    }

    /** A link of the actions column: an icon named by its label. */
    private void writeIconLink(ResponseWriter out, String href, String iconClass, String label) throws IOException {
        out.startElement("a", this);
        out.writeAttribute("href", href, null);
        out.writeAttribute("class", iconClass, null);
        out.writeAttribute("title", label, null);
        out.writeAttribute("aria-label", label, null);
        out.endElement("a");
    }

    /** The markup of a cell without a comment, its text escaped by the page's own writer. */
    private static String plainCell(FacesContext context, String cellClass, String text) throws IOException {
        StringWriter html = new StringWriter(32 + text.length());
        ResponseWriter writer = context.getResponseWriter().cloneWithWriter(html);
        writer.startElement("td", null);
        writer.writeAttribute("class", cellClass, null);
        writer.writeText(text, null);
        writer.endElement("td");
        writer.flush();
        return html.toString();
    }

    /**
     * The column widths as CSS custom properties of the table (bitpoll.css turns them into lengths): the number of
     * options, the characters of the longest name, of the longest label of one column (an option's header or
     * score), and of the actions column's header. Every option column has the same width, so the header and each row group are laid out alone and
     * still line up.
     */
    private static String columnWidths(ResultsModel model) {
        int options = model.header().rows().isEmpty() ? 0 : countOptions(model.header());
        int name = Math.max(
                model.labels().participant().length(), model.labels().summary().length());
        for (ResultsModel.Row row : model.rows()) {
            name = Math.max(name, row.name().length());
        }
        for (ResultsModel.InvitationRow invitation : model.invitations()) {
            name = Math.max(name, invitation.name().length());
        }
        int label = 0;
        for (List<HeaderMatrix.Cell> level : model.header().rows()) {
            for (HeaderMatrix.Cell cell : level) {
                if (cell.colspan() == 1) {
                    label = Math.max(label, cell.label().length());
                }
            }
        }
        if (model.summary() != null) {
            for (ResultsModel.SummaryCell cell : model.summary()) {
                label = Math.max(label, cell.text().length());
            }
        }
        return "--options:" + options + ";--name-chars:" + Math.min(name, MAX_CHARS) + ";--label-chars:"
                + Math.min(label, MAX_CHARS) + ";--actions-chars:"
                + Math.min(model.labels().actions().length(), MAX_CHARS);
    }

    private static int countOptions(HeaderMatrix header) {
        int count = 0;
        for (HeaderMatrix.Cell cell : header.rows().get(0)) {
            count += cell.colspan();
        }
        return count;
    }

    private void writeSummary(ResponseWriter out, ResultsModel model) throws IOException {
        if (model.summary() == null) {
            return;
        }
        out.startElement("tfoot", this);
        out.writeAttribute("role", "rowgroup", null);
        out.startElement("tr", this);
        out.writeAttribute("role", "row", null);
        out.writeAttribute("class", "summary", null);
        out.startElement("th", this);
        out.writeAttribute("scope", "row", null);
        out.writeText(model.labels().summary(), null);
        out.endElement("th");
        for (ResultsModel.SummaryCell cell : model.summary()) {
            out.startElement("td", this);
            if (cell.best()) {
                out.writeAttribute("class", "best", null);
            }
            out.writeAttribute("data-score", cell.percentage(), null);
            out.writeAttribute("title", cell.tooltip(), null);
            out.writeAttribute("tabindex", "0", null);
            out.writeText(cell.text(), null);
            out.endElement("td");
        }
        out.startElement("td", this);
        out.writeAttribute("class", "actions noprint", null);
        out.endElement("td");
        out.endElement("tr");
        out.endElement("tfoot");
    }
}
