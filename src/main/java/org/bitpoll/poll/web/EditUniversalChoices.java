package org.bitpoll.poll.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.platform.web.Urls;
import org.bitpoll.poll.domain.Choice;
import org.bitpoll.poll.domain.ChoiceDraft;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.poll.domain.PollType;

/**
 * The free-text option editor: every option of the poll in order (deleted ones greyed, to restore), with text
 * fields, move up and down, delete or restore, and a row for a new option. Every button saves all rows at once;
 * a broken rule saves nothing and keeps what was typed.
 */
@Named
@ViewScoped
public class EditUniversalChoices extends ManagementPage {

    private static final long serialVersionUID = 1L;

    /** One editable row. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Long id;
        private String text;
        private final boolean deleted;

        Row(Long id, String text, boolean deleted) {
            this.id = id;
            this.text = text;
            this.deleted = deleted;
        }

        public Long getId() {
            return id;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isDeleted() {
            return deleted;
        }

        ChoiceDraft draft(boolean markDeleted) {
            return new ChoiceDraft(id, text, markDeleted);
        }
    }

    private List<Row> rows;
    private String newText;

    public void load() {
        loadPollForEditor(PollType.UNIVERSAL).ifPresent(this::showRows);
    }

    private void reload() {
        showRows(reloadPoll());
    }

    private void showRows(Poll poll) {
        rows = new ArrayList<>();
        for (Choice choice : poll.getChoices()) {
            rows.add(new Row(choice.getId(), choice.getText(), choice.isDeleted()));
        }
    }

    /** Saves the rows and the new option, if one was typed. */
    public void save() {
        List<ChoiceDraft> drafts = drafts(null);
        if (newText != null && !newText.isBlank()) {
            drafts.add(new ChoiceDraft(null, newText, false));
        }
        store(drafts);
        newText = null;
    }

    /** Saves and goes to the poll page. */
    public void saveAndView() {
        save();
        FacesContext context = FacesContext.getCurrentInstance();
        Texts.flash(context, FacesMessage.SEVERITY_INFO, "message.choices.saved");
        Redirects.to(context, Urls.view(slug));
    }

    public void moveUp(Row row) {
        move(row, -1);
    }

    public void moveDown(Row row) {
        move(row, 1);
    }

    private void move(Row row, int step) {
        int from = rows.indexOf(row);
        int to = from + step;
        List<ChoiceDraft> drafts = drafts(null);
        if (from >= 0 && to >= 0 && to < drafts.size()) {
            Collections.swap(drafts, from, to);
        }
        store(drafts);
    }

    /** Deletes a row's option, or restores it when it is deleted. */
    public void toggleDeleted(Row row) {
        store(drafts(row));
    }

    private List<ChoiceDraft> drafts(Row toggled) {
        List<ChoiceDraft> drafts = new ArrayList<>(rows.size() + 1);
        for (Row row : rows) {
            drafts.add(row.draft(row == toggled ? !row.isDeleted() : row.isDeleted()));
        }
        return drafts;
    }

    private void store(List<ChoiceDraft> drafts) {
        polls.editUniversalChoices(slug, visitor(), drafts);
        reload();
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getNewText() {
        return newText;
    }

    public void setNewText(String newText) {
        this.newText = newText;
    }

    public int getMaxChoices() {
        return Poll.MAX_CHOICES;
    }
}
