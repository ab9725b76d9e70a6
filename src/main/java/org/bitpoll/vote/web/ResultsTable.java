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
import org.bitpoll.platform.web.SplicingResponse;
import org.bitpoll.poll.domain.HeaderMatrix;

/**
 * The results grid of the poll page, written straight to the response: a table of 1000 votes × 100 options is
 * 100 000 cells, which nested {@code ui:repeat}s render several times slower (see stack-notes). Every text goes
 * through {@link ResponseWriter#writeText} or {@code writeAttribute}, so it is escaped; only the plain cells
 * {@code <td class="aN">title</td>}, built once per answer value, are written as they are. Colour and icon of
 * answer value N come from one CSS rule each, written in a {@code <style>} element before the table.
 *
 * <p>For screen readers every cell holds its answer's title as text, which the stylesheet shrinks to nothing
 * beside the icon (the icon itself has an empty CSS alternative text, so it is not read): the cheapest text a
 * cell can carry, its title's length in bytes. The table has a caption, the participant names are row headers,
 * and option groups of the first header row head a {@code <colgroup>} each ({@code scope="colgroup"}); the other
 * option headers are {@code scope="col"} over the columns they span.
 *
 * <p>The vote rows are written in runs of {@value GridRows#CHUNK} by {@link #writeRow}; where the model keeps runs in
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
        writeCaption(out);
        writeColumnGroups(out, model.header());
        writeHeader(out, model);
        writeBody(out, model, context);
        writeSummary(out, model);
        out.endElement("table");
        out.endElement("div");
    }

    private void writeStyles(ResponseWriter out, List<ResultsModel.Value> values) throws IOException {
        StringBuilder css = new StringBuilder(96 * (values.size() + 1));
        appendIcon(css, "u", "question");
        for (int i = 0; i < values.size(); i++) {
            ResultsModel.Value value = values.get(i);
            css.append(".results td.a")
                    .append(i)
                    .append("{background:#")
                    .append(value.color())
                    .append('}');
            appendIcon(css, "a" + i, value.icon());
        }
        out.startElement("style", this);
        out.write(css.toString());
        out.endElement("style");
    }

    /**
     * The icon of the cells of a class; the second {@code content} gives it an empty alternative text, so a screen
     * reader reads the cell's title instead of the glyph (browsers without CSS alternative text keep the first).
     */
    private static void appendIcon(StringBuilder css, String cellClass, String icon) {
        String glyph = IconGlyphs.of(icon);
        css.append(".results td.")
                .append(cellClass)
                .append("::before{content:\"")
                .append(glyph)
                .append("\";content:\"")
                .append(glyph)
                .append("\" / \"\"}");
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
        int depth = Math.max(1, header.depth());
        for (int level = 0; level < header.depth(); level++) {
            out.startElement("tr", this);
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
        out.startElement("tbody", this);
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
            out.startElement("tr", this);
            out.writeAttribute("class", "empty-row", null);
            out.startElement("td", this);
            out.writeAttribute("colspan", options + 2, null);
            out.writeText(model.labels().noVotes(), null);
            out.endElement("td");
            out.endElement("tr");
        }
        writeRows(out, model, cells, context);
        writeInvitations(out, model, options, unansweredCell);
        out.endElement("tbody");
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
        if (cached == null) {
            for (ResultsModel.Row row : rows) {
                writeRow(out, row, model.labels(), cells);
            }
            return;
        }
        for (int from = 0; from < rows.size(); from += GridRows.CHUNK) {
            int first = from;
            int to = Math.min(rows.size(), from + GridRows.CHUNK);
            GridChunk chunk = cached.chunk(first, to, () -> {
                StringWriter html = new StringWriter(4096 * (to - first));
                try {
                    ResponseWriter writer = out.cloneWithWriter(html);
                    for (ResultsModel.Row row : rows.subList(first, to)) {
                        writeRow(writer, row, model.labels(), cells);
                    }
                    writer.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return html.toString();
            });
            out.write(SplicingResponse.of(
                            (ServletRequest) context.getExternalContext().getRequest())
                    .map(response -> response.marker(chunk))
                    .orElseGet(chunk::html));
        }
    }

    private void writeRow(ResponseWriter out, ResultsModel.Row row, ResultsModel.Labels labels, Cells cells)
            throws IOException {
        out.startElement("tr", this);
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
            out.startElement("a", this);
            out.writeAttribute("href", row.editUrl(), null);
            out.writeAttribute("class", "pi pi-pencil", null);
            out.writeAttribute("title", labels.edit(), null);
            out.writeAttribute("aria-label", labels.edit(), null);
            out.endElement("a");
        }
        if (row.assignUrl() != null) {
            out.startElement("a", this);
            out.writeAttribute("href", row.assignUrl(), null);
            out.writeAttribute("class", "pi pi-user-plus assign-vote", null);
            out.writeAttribute("title", labels.assign(), null);
            out.writeAttribute("aria-label", labels.assign(), null);
            out.endElement("a");
        }
        out.endElement("td");
        out.endElement("tr");
    }

    /** The pending invitations: the invitee's name and an unanswered cell per option; the invitee's own has a Vote link. */
    private void writeInvitations(ResponseWriter out, ResultsModel model, int options, String unansweredCell)
            throws IOException {
        for (ResultsModel.InvitationRow invitation : model.invitations()) {
            out.startElement("tr", this);
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
                out.startElement("a", this);
                out.writeAttribute("href", invitation.voteUrl(), null);
                out.writeAttribute("class", "pi pi-pencil invitation-vote", null);
                out.writeAttribute("title", model.labels().vote(), null);
                out.writeAttribute("aria-label", model.labels().vote(), null);
                out.endElement("a");
            }
            out.endElement("td");
            out.endElement("tr");
        }
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
        out.startElement("tr", this);
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
