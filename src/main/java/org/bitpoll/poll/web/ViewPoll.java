package org.bitpoll.poll.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.bitpoll.platform.error.NotFoundException;
import org.bitpoll.platform.text.Markdown;
import org.bitpoll.poll.application.PollService;
import org.bitpoll.poll.domain.HeaderMatrix;
import org.bitpoll.poll.domain.OptionPaths;
import org.bitpoll.poll.domain.Poll;

/** The poll page {@code /poll/<slug>/}: title, badges, description and the grouped header of the options. */
@Named
@ViewScoped
public class ViewPoll implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PollService polls;

    @Inject
    private PollManagers managers;

    private Poll poll;
    private HeaderMatrix header;
    private String descriptionHtml;
    private String createdText;
    private String dueDateText;
    private boolean manageable;
    private int choiceCount;

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        poll = polls.findPoll(PollPage.slug(context)).orElseThrow(NotFoundException::new);
        ZoneId zone = poll.zone();
        var paths = OptionPaths.of(poll, zone, PollPage.dayFormat(context));
        header = HeaderMatrix.of(paths);
        choiceCount = paths.size();
        descriptionHtml = Markdown.toSafeHtml(poll.getDescription());
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(context.getViewRoot().getLocale()).withZone(zone);
        createdText = format.format(poll.getCreated());
        Instant due = poll.getDueDate();
        dueDateText = due == null ? null : format.format(due);
        manageable = poll.canBeManagedBy(managers.current());
    }

    public Poll getPoll() {
        return poll;
    }

    public HeaderMatrix getHeader() {
        return header;
    }

    public String getDescriptionHtml() {
        return descriptionHtml;
    }

    public String getCreatedText() {
        return createdText;
    }

    public String getDueDateText() {
        return dueDateText;
    }

    public boolean isManageable() {
        return manageable;
    }

    public int getChoiceCount() {
        return choiceCount;
    }

    public String getChoicesUrl() {
        return PollUrls.choices(poll.getSlug(), poll.getType());
    }
}
