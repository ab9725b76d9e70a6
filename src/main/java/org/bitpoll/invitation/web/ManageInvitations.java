package org.bitpoll.invitation.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bitpoll.account.domain.UserSuggestion;
import org.bitpoll.invitation.application.InvitationService;
import org.bitpoll.invitation.domain.PollReminder;
import org.bitpoll.platform.error.NotFoundException;
import org.bitpoll.platform.faces.PollPage;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.platform.security.Visitor;
import org.bitpoll.platform.security.Visitors;
import org.bitpoll.platform.web.Urls;

/**
 * The invitations page {@code /poll/<slug>/invitations/} of a poll's managers (F25 and reminders): the
 * invitations with who voted, when each was invited and last mailed; a form that invites users and groups by name
 * (the user autocomplete completes the last name typed); resend and delete per row, by the id the row's button
 * posts (an id of another poll is a 404); a reminder to everyone who has not voted; and the automatic reminder's
 * days before the due date. Every action redirects back, with its messages.
 */
@Named
@ViewScoped
public class ManageInvitations implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The request parameter that names the invitation of a row's button. */
    static final String INVITATION = "invitation";

    /** An invitation as the list shows it, times formatted in the viewer's zone. */
    public record Row(
            Long id,
            String name,
            boolean fulfilled,
            String invited,
            String lastMailed,
            String reminded,
            boolean mailable)
            implements Serializable {}

    @Inject
    private InvitationService invitations;

    @Inject
    private Visitors visitors;

    private String slug;
    private String pollTitle;
    private List<Row> rows;
    private boolean dueDateSet;
    private boolean reminderDefault;
    private String names;
    private String reminderDays;
    private String timeZone;
    private final Map<String, String> labels = new HashMap<>();

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        slug = PollPage.slug(context);
        InvitationService.Overview overview = invitations.overview(slug, visitor());
        pollTitle = overview.title();
        ZoneId zone = visitor().accountZone().orElse(overview.zone());
        timeZone = zone.getId();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(context.getViewRoot().getLocale())
                .withZone(zone);
        rows = overview.rows().stream()
                .map(row -> new Row(
                        row.id(),
                        row.name(),
                        row.fulfilled(),
                        format(format, row.invited()),
                        format(format, row.lastMailed()),
                        format(format, row.reminded()),
                        row.mailable()))
                .toList();
        dueDateSet = overview.dueDate() != null;
        reminderDefault = overview.reminderDefault();
        reminderDays = String.valueOf(overview.reminderDays());
    }

    private static String format(DateTimeFormatter format, Instant instant) {
        return instant == null ? null : format.format(instant.atZone(ZoneOffset.UTC));
    }

    private Visitor visitor() {
        return visitors.current();
    }

    /** Invites the typed names and says who was mailed, who refuses mails, whose mail failed, who was invited. */
    public void invite() {
        InvitationService.Outcome outcome = invitations.invite(slug, visitor(), names);
        FacesContext context = FacesContext.getCurrentInstance();
        report(context, outcome, "invitations.invited");
        if (!outcome.already().isEmpty()) {
            Texts.flash(
                    context, FacesMessage.SEVERITY_WARN, "invitations.already", String.join(", ", outcome.already()));
        }
        if (outcome.mailed().isEmpty()
                && outcome.notWanted().isEmpty()
                && outcome.failed().isEmpty()
                && outcome.already().isEmpty()) {
            Texts.flash(context, FacesMessage.SEVERITY_INFO, "invitations.nobodyNew");
        }
        Redirects.to(context, Urls.invitations(slug));
    }

    private static void report(FacesContext context, InvitationService.Outcome outcome, String mailedKey) {
        if (!outcome.mailed().isEmpty()) {
            Texts.flash(context, FacesMessage.SEVERITY_INFO, mailedKey, String.join(", ", outcome.mailed()));
        }
        if (!outcome.notWanted().isEmpty()) {
            Texts.flash(
                    context,
                    FacesMessage.SEVERITY_INFO,
                    "invitations.notWanted",
                    String.join(", ", outcome.notWanted()));
        }
        if (!outcome.failed().isEmpty()) {
            Texts.flash(
                    context,
                    FacesMessage.SEVERITY_ERROR,
                    "invitations.mailFailed",
                    String.join(", ", outcome.failed()));
        }
    }

    /** Mails the invitation of the row again. */
    public void resend() {
        invitations.resend(slug, visitor(), postedId());
        stayHere("invitations.resent");
    }

    /** Deletes the invitation of the row. */
    public void delete() {
        invitations.delete(slug, visitor(), postedId());
        stayHere("invitations.deleted");
    }

    /** Mails a reminder to every invitee who has not voted yet. */
    public void remind() {
        InvitationService.Outcome outcome = invitations.remind(slug, visitor());
        FacesContext context = FacesContext.getCurrentInstance();
        report(context, outcome, "invitations.reminded");
        if (!outcome.already().isEmpty()) {
            Texts.flash(
                    context,
                    FacesMessage.SEVERITY_INFO,
                    "invitations.recentlyMailed",
                    String.join(", ", outcome.already()));
        }
        if (outcome.mailed().isEmpty()
                && outcome.notWanted().isEmpty()
                && outcome.failed().isEmpty()
                && outcome.already().isEmpty()) {
            Texts.flash(context, FacesMessage.SEVERITY_INFO, "invitations.nobodyToRemind");
        }
        Redirects.to(context, Urls.invitations(slug));
    }

    /** Saves the automatic reminder's days before the due date. */
    public void saveReminder() {
        invitations.changeReminderDays(slug, visitor(), PollReminder.parse(reminderDays));
        stayHere("invitations.reminderSaved");
    }

    private Long postedId() {
        String id = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(INVITATION);
        if (id == null || !id.matches("[0-9]{1,18}")) {
            throw new NotFoundException();
        }
        return Long.valueOf(id);
    }

    private void stayHere(String messageKey) {
        FacesContext context = FacesContext.getCurrentInstance();
        Texts.flash(context, FacesMessage.SEVERITY_INFO, messageKey);
        Redirects.to(context, Urls.invitations(slug));
    }

    /**
     * The names field's suggestions: the text typed so far with its last name completed to a user name, labelled
     * with that account's names; none for a visitor without login (the list tells who has an account).
     */
    public List<String> complete(String typed) {
        if (typed == null || !visitor().isLoggedIn()) {
            return List.of();
        }
        int start = Math.max(typed.lastIndexOf(' '), typed.lastIndexOf(',')) + 1;
        String before = typed.substring(0, start);
        String last = typed.substring(start);
        if (last.isBlank()) {
            return List.of();
        }
        List<UserSuggestion> found = invitations.suggestAccounts(last, visitor());
        found.forEach(user -> labels.put(before + user.username(), user.label()));
        return found.stream().map(user -> before + user.username()).toList();
    }

    /** How a suggestion is shown: the account's full name and user name. */
    public String labelOf(String suggested) {
        return labels.getOrDefault(suggested, suggested);
    }

    public String getSlug() {
        return slug;
    }

    public String getPollTitle() {
        return pollTitle;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** Whether the poll has a due date, which the automatic reminder counts back from. */
    public boolean isDueDateSet() {
        return dueDateSet;
    }

    /** Whether the automatic reminder follows the operator's default. */
    public boolean isReminderDefault() {
        return reminderDefault;
    }

    /** The zone the times are shown in. */
    public String getTimeZone() {
        return timeZone;
    }

    public String getNames() {
        return names;
    }

    public void setNames(String names) {
        this.names = names;
    }

    public String getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(String reminderDays) {
        this.reminderDays = reminderDays;
    }

    public String getChoicesUrl() {
        return "/poll/" + slug + "/edit/choices/";
    }
}
