package org.bitpoll.poll.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.platform.web.Urls;
import org.bitpoll.poll.domain.Choice;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.poll.domain.PollType;

/** The date-poll editor: the days picked on a calendar become the options (all-day, the same day everywhere). */
@Named
@ViewScoped
public class EditDateChoices extends ManagementPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private Clock clock;

    private List<LocalDate> dates = new ArrayList<>();

    public void load() {
        loadPollForEditor(PollType.DATE).ifPresent(this::showDays);
    }

    private void showDays(Poll poll) {
        List<LocalDate> days = new ArrayList<>();
        for (Choice choice : poll.activeChoices()) {
            days.add(LocalDate.ofInstant(choice.getDate(), ZoneOffset.UTC));
        }
        setDates(days);
    }

    public void save() {
        polls.chooseDates(slug, visitor(), dates == null ? List.of() : dates);
        FacesContext context = FacesContext.getCurrentInstance();
        Texts.flash(context, FacesMessage.SEVERITY_INFO, "message.choices.saved");
        Redirects.to(context, Urls.view(slug));
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
        return LocalDate.now(clock);
    }
}
