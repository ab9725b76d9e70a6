package org.bitpoll.poll.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.platform.text.Markdown;
import org.bitpoll.poll.application.PollService;
import org.bitpoll.poll.domain.Poll;

/**
 * The confirmation page {@code /poll/<slug>/delete/} (F22): the poll's title, due date and description, and a
 * button that deletes it for good, votes and all, and goes to the start page.
 */
@Named
@ViewScoped
public class DeletePoll implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PollService polls;

    @Inject
    private PollManagers managers;

    private String slug;
    private String pollTitle;
    private String dueDateText;
    private String timeZone;
    private String descriptionHtml;

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        slug = PollPage.slug(context);
        Poll poll = polls.getPollToManage(slug, managers.current());
        pollTitle = poll.getTitle();
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
        polls.deletePoll(slug, managers.current());
        FacesContext context = FacesContext.getCurrentInstance();
        Texts.flash(context, FacesMessage.SEVERITY_INFO, "delete.done", pollTitle);
        Redirects.to(context, "/");
    }

    public String getSlug() {
        return slug;
    }

    public String getPollTitle() {
        return pollTitle;
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
