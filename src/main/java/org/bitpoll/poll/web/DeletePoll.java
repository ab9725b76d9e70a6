package org.bitpoll.poll.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.platform.text.Markdown;
import org.bitpoll.poll.domain.Poll;

/**
 * The confirmation page {@code /poll/<slug>/delete/} (F22): the poll's title, due date and description, and a
 * button that deletes it for good, votes and all, and goes to the start page.
 */
@Named
@ViewScoped
public class DeletePoll extends ManagementPage {

    private static final long serialVersionUID = 1L;

    private String dueDateText;
    private String timeZone;
    private String descriptionHtml;

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        Poll poll = loadPoll();
        timeZone = poll.zone().getId();
        dueDateText = poll.getDueDate() == null
                ? null
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(context.getViewRoot().getLocale())
                        .withZone(poll.zone())
                        .format(poll.getDueDate());
        descriptionHtml = Markdown.toSafeHtml(poll.getDescription());
    }

    public void delete() {
        polls.deletePoll(slug, visitor());
        FacesContext context = FacesContext.getCurrentInstance();
        Texts.flash(context, FacesMessage.SEVERITY_INFO, "delete.done", pollTitle);
        Redirects.to(context, "/");
    }

    public String getDueDateText() {
        return dueDateText;
    }

    /** The zone the due date is shown in: the poll's (managers see their poll's times). */
    public String getTimeZone() {
        return timeZone;
    }

    public String getDescriptionHtml() {
        return descriptionHtml;
    }
}
