package org.bitpoll.poll.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.poll.application.PollService;
import org.bitpoll.poll.domain.Choice;
import org.bitpoll.poll.domain.Poll;

/** The date-poll editor: the days picked on a calendar become the options (all-day, the same day everywhere). */
@Named
@ViewScoped
public class EditDateChoices implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PollService polls;

    @Inject
    private PollManagers managers;

    private String slug;
    private String pollTitle;
    private List<LocalDate> dates = new ArrayList<>();

    public void load() {
        slug = PollPage.slug(FacesContext.getCurrentInstance());
        Poll poll = polls.getPollToManage(slug, managers.current());
        pollTitle = poll.getTitle();
        List<LocalDate> days = new ArrayList<>();
        for (Choice choice : poll.activeChoices()) {
            days.add(LocalDate.ofInstant(choice.getDate(), ZoneOffset.UTC));
        }
        setDates(days);
    }

    public void save() {
        polls.chooseDates(slug, managers.current(), dates == null ? List.of() : dates);
        FacesContext context = FacesContext.getCurrentInstance();
        Texts.flash(context, FacesMessage.SEVERITY_INFO, "message.choices.saved");
        Redirects.to(context, PollUrls.view(slug));
    }

    public String getSlug() {
        return slug;
    }

    public String getPollTitle() {
        return pollTitle;
    }

    public List<LocalDate> getDates() {
        return dates;
    }

    /** The days picked on the calendar, in calendar order. */
    public void setDates(List<LocalDate> dates) {
        this.dates = dates == null ? new ArrayList<>() : new ArrayList<>(new TreeSet<>(dates));
    }

    public void removeDay(LocalDate day) {
        dates.remove(day);
    }

    /** The first day a new option may be: today (days already chosen stay even when they are past). */
    public LocalDate getToday() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
