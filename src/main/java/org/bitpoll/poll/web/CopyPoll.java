package org.bitpoll.poll.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.platform.web.Urls;
import org.bitpoll.poll.application.PollService;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.poll.domain.PollCopy;
import org.bitpoll.poll.domain.Slugs;

/**
 * The copy page {@code /poll/<slug>/copy/} (F21, decision 8): title, URL name and due date of the copy, the date
 * shift in calendar days, and whether options and answer values are copied. A copy made without login gets its
 * own management link, shown once on the new poll's page.
 */
@Named
@ViewScoped
public class CopyPoll extends ManagementPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private Settings settings;

    private String timeZone;

    private String title;
    private String newSlug;
    private LocalDateTime dueDate;
    private String dateShift = "0";
    private boolean copyChoices = true;
    private boolean copyAnswerValues = true;

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        Poll poll = loadPoll();
        timeZone = poll.zone().getId();
        title = cut(Texts.get(context, "copy.defaultTitle", pollTitle), Poll.MAX_TITLE_LENGTH);
        newSlug = cut(slug, Slugs.MAX_LENGTH - 1) + "2";
        dueDate = poll.settings().dueDate();
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length).strip();
    }

    public void randomizeSlug() {
        newSlug = Slugs.random();
    }

    public void copy() {
        FacesContext context = FacesContext.getCurrentInstance();
        PollCopy request = new PollCopy(
                title, newSlug, dueDate, PollCopy.parseDateShift(dateShift), copyChoices, copyAnswerValues);
        PollService.Created created = polls.copyPoll(slug, visitor(), request, LocalizedDefaults.answers(context));
        ManagementLinkFlash.showOnce(context, settings, created);
        Texts.flash(context, FacesMessage.SEVERITY_INFO, "copy.done");
        Redirects.to(context, Urls.view(created.slug()));
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getNewSlug() {
        return newSlug;
    }

    public void setNewSlug(String newSlug) {
        this.newSlug = newSlug;
    }

    public LocalDateTime getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDateTime dueDate) {
        this.dueDate = dueDate;
    }

    public String getDateShift() {
        return dateShift;
    }

    public void setDateShift(String dateShift) {
        this.dateShift = dateShift;
    }

    public boolean isCopyChoices() {
        return copyChoices;
    }

    public void setCopyChoices(boolean copyChoices) {
        this.copyChoices = copyChoices;
    }

    public boolean isCopyAnswerValues() {
        return copyAnswerValues;
    }

    public void setCopyAnswerValues(boolean copyAnswerValues) {
        this.copyAnswerValues = copyAnswerValues;
    }
}
