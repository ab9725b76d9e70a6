package org.bitpoll.poll.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.bitpoll.platform.error.NotFoundException;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.platform.web.Urls;
import org.bitpoll.poll.domain.AnswerIcons;
import org.bitpoll.poll.domain.AnswerValue;
import org.bitpoll.poll.domain.AnswerValueDraft;
import org.bitpoll.poll.domain.Poll;

/**
 * The answer values editor {@code /poll/<slug>/edit/values/} (F19): every value of the poll, deleted ones greyed,
 * by weight and title, with delete and restore; a form that adds a value, or edits the one named by
 * {@code ?edit=<id>} (an id of another poll is a 404).
 */
@Named
@ViewScoped
public class EditAnswerValues extends ManagementPage {

    private static final long serialVersionUID = 1L;

    /** The colour a new value starts with, as in the reference. */
    static final String NEW_COLOR = "#90db45";

    /** A row of the list; {@code dark} tells that the icon needs a light colour on the value's colour. */
    public record Row(Long id, String title, String icon, String color, boolean dark, String weight, boolean deleted)
            implements Serializable {}

    private List<Row> rows;
    private boolean noneActive;
    private Long editingId;

    private String title;
    private String icon = AnswerIcons.ALL.get(0);
    private String color = NEW_COLOR;
    private String weight = "0";

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        loadPoll();
        Poll poll = reload();
        String edit = context.getExternalContext().getRequestParameterMap().get("edit");
        if (edit != null) {
            AnswerValue value = poll.answerValue(parseId(edit));
            editingId = value.getId();
            title = value.getTitle();
            icon = value.getIcon();
            color = "#" + value.getColor().toLowerCase(Locale.ROOT);
            weight = plain(value.getWeight());
        }
    }

    private static Long parseId(String id) {
        if (!id.matches("[0-9]{1,18}")) {
            throw new NotFoundException();
        }
        return Long.valueOf(id);
    }

    private Poll reload() {
        Poll poll = reloadPoll();
        rows = poll.getAnswerValues().stream()
                .map(value -> new Row(
                        value.getId(),
                        value.getTitle(),
                        value.getIcon(),
                        value.getColor(),
                        isDark(value.getColor()),
                        plain(value.getWeight()),
                        value.isDeleted()))
                .toList();
        noneActive = rows.stream().allMatch(Row::deleted);
        return poll;
    }

    /** Whether a colour (six hex digits) is dark by its perceived brightness. */
    static boolean isDark(String color) {
        int rgb = Integer.parseInt(color, 16);
        int red = rgb >> 16 & 0xff;
        int green = rgb >> 8 & 0xff;
        int blue = rgb & 0xff;
        return red * 299 + green * 587 + blue * 114 < 140_000;
    }

    private static String plain(BigDecimal weight) {
        return weight.stripTrailingZeros().toPlainString();
    }

    /** Adds the value of the form, or saves the one being edited, and shows the list again. */
    public void save() {
        AnswerValueDraft draft = AnswerValueDraft.parse(title, icon, color, weight);
        if (editingId == null) {
            polls.addAnswerValue(slug, visitor(), draft);
        } else {
            polls.editAnswerValue(slug, visitor(), editingId, draft);
        }
        FacesContext context = FacesContext.getCurrentInstance();
        Texts.flash(context, FacesMessage.SEVERITY_INFO, "values.saved");
        Redirects.to(context, Urls.answerValues(slug));
    }

    public void delete(Long valueId) {
        polls.deleteAnswerValue(slug, visitor(), valueId);
        reload();
    }

    public void restore(Long valueId) {
        polls.restoreAnswerValue(slug, visitor(), valueId);
        reload();
    }

    public List<Row> getRows() {
        return rows;
    }

    /** Every value is deleted: nobody can vote. */
    public boolean isNoneActive() {
        return noneActive;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public Long getEditingId() {
        return editingId;
    }

    public List<String> getIcons() {
        return AnswerIcons.ALL;
    }

    public int getMaxTitleLength() {
        return AnswerValueDraft.MAX_TITLE_LENGTH;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIcon() {
        return icon;
    }

    public void setIcon(String icon) {
        this.icon = icon;
    }

    public String getColor() {
        return color;
    }

    public void setColor(String color) {
        this.color = color;
    }

    public String getWeight() {
        return weight;
    }

    public void setWeight(String weight) {
        this.weight = weight;
    }
}
