package org.bitpoll.profile.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.platform.security.Visitors;
import org.bitpoll.platform.web.Urls;
import org.bitpoll.profile.application.ProfileService;
import org.bitpoll.profile.domain.MyPoll;

/**
 * "My polls" {@code /account/polls/} (F31): the polls the person owns, voted in, watches or whose group they
 * belong to, latest due date first, each with the reference's four tags. Due dates are shown in the account's
 * time zone. A read-only page; a guest is sent to the login page first.
 */
@Named
@RequestScoped
public class ListMyPolls {

    /** A row of the list, ready to show. */
    public record Row(String url, String title, String dueDateText, List<ShownTag> tags) {}

    /** A tag with its text and whether it says yes. */
    public record ShownTag(String text, boolean positive) {}

    @Inject
    private ProfileService profiles;

    @Inject
    private Visitors visitors;

    private List<Row> rows = List.of();
    private String timeZone;

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!visitors.current().isLoggedIn()) {
            Redirects.toLogin(context);
            return;
        }
        ZoneId zone = visitors.current().accountZone().orElse(ZoneOffset.UTC);
        timeZone = zone.getId();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(context.getViewRoot().getLocale())
                .withZone(zone);
        String contextPath = context.getExternalContext().getRequestContextPath();
        rows = profiles.myPolls(visitors.current()).stream()
                .map(poll -> new Row(
                        contextPath + Urls.view(poll.slug()),
                        poll.title(),
                        poll.dueDate() == null ? null : format.format(poll.dueDate()),
                        tags(context, poll)))
                .toList();
    }

    private static List<ShownTag> tags(FacesContext context, MyPoll poll) {
        return poll.tags().stream()
                .map(tag -> new ShownTag(
                        tag.argument() == null
                                ? Texts.get(context, tag.key())
                                : Texts.get(context, tag.key(), tag.argument()),
                        tag.positive()))
                .toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getTimeZone() {
        return timeZone;
    }
}
