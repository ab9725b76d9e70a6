package org.bitpoll.platform.i18n;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;

/**
 * The first day of the week of this request's calendars ({@link WeekStart}), as PrimeFaces numbers it. A page
 * puts it on a calendar's container as {@code data-first-day-of-week}, and {@code bitpoll.js} hands it to the
 * date picker.
 */
@Named
@RequestScoped
public class CalendarWeek {

    @Inject
    private HttpServletRequest request;

    private int firstDay;

    @PostConstruct
    void init() {
        firstDay = WeekStart.primeFacesNumber(WeekStart.of(
                FacesContext.getCurrentInstance().getViewRoot().getLocale(), Collections.list(request.getLocales())));
    }

    public int getFirstDay() {
        return firstDay;
    }
}
