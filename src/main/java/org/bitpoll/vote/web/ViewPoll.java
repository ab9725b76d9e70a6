package org.bitpoll.vote.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.faces.PollPage;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.platform.security.Visitors;
import org.bitpoll.platform.text.Markdown;
import org.bitpoll.platform.web.Urls;
import org.bitpoll.platform.web.VisitorZone;
import org.bitpoll.poll.domain.HeaderMatrix;
import org.bitpoll.poll.domain.OptionPaths;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.poll.domain.PollType;
import org.bitpoll.poll.domain.Retention;
import org.bitpoll.vote.application.ResultsCache;
import org.bitpoll.vote.application.VoteService;
import org.bitpoll.vote.domain.PollResults;

/**
 * The poll page {@code /poll/<slug>/}: title, badges, description, notices, and the results table as this viewer
 * may see it (F3–F5, F12–F14). Everything is read once in {@link #load()}: a constant number of statements,
 * whatever the number of votes and options. Its only forms are the comments' (comment.web), which post back
 * statelessly: request scope and a transient view keep the session empty. A plain (non-ajax) post of them loads
 * the page again, as it answers with the whole page.
 */
@Named
@RequestScoped
public class ViewPoll {

    @Inject
    private VoteService votes;

    @Inject
    private Visitors visitors;

    @Inject
    private ViewerZone viewerZone;

    @Inject
    private VisitorZone visitorZone;

    @Inject
    private Clock clock;

    @Inject
    private Settings settings;

    @Inject
    private ResultsCache resultsCache;

    private Poll poll;
    private ResultsModel results;
    private String descriptionHtml;
    private PollHeader header;
    private boolean manageable;
    private boolean open;
    private boolean newVoteAllowed;
    private String voteUrl;
    private String ownVoteUrl;
    private String loginToVoteUrl;
    private List<String> notices;
    private List<String> warnings;
    private boolean hasOptions;
    private String retentionNotice;

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        PollResults found = votes.resultsWithInvitations(PollPage.slug(context), visitors.current());
        poll = found.poll();
        manageable = found.manager();
        Locale locale = context.getViewRoot().getLocale();
        ZoneId zone = viewerZone.displayZone(poll);
        HeaderMatrix matrix = HeaderMatrix.of(OptionPaths.of(poll, zone, PollPage.dayFormat(context)));
        hasOptions = matrix.depth() > 0;
        results = ResultsModels.of(context, found, matrix, PollHeader.dateTimeFormat(locale, zone), resultsCache);
        descriptionHtml = Markdown.toSafeHtml(poll.getDescription());
        Instant now = clock.instant();
        header = PollHeader.of(poll, zone, locale, now);
        if (!visitorZone.followsBrowser()) {
            header = header.withoutZoneCheck();
        }
        open = poll.isOpenForVoting(now);
        newVoteAllowed = found.newVoteAllowed();
        String contextPath = context.getExternalContext().getRequestContextPath();
        voteUrl = contextPath + Urls.cast(poll.getSlug());
        loginToVoteUrl = (poll.isRequireLogin() || poll.isRequireInvitation())
                        && !visitors.current().isLoggedIn()
                ? contextPath + Urls.login(Urls.cast(poll.getSlug()))
                : null;
        ownVoteUrl = found.latestOwnVote()
                .map(row ->
                        contextPath + Urls.editVote(poll.getSlug(), row.vote().id()))
                .orElse(null);
        notices = new ArrayList<>();
        found.visibility().notices().forEach(key -> notices.add(Texts.get(context, key)));
        if (!zone.equals(poll.zone()) && poll.getType() == PollType.DATETIME) {
            notices.add(Texts.get(
                    context, "results.notice.zoneTranslated", poll.zone().getId(), zone.getId()));
        } else if (visitorZone
                        .zone()
                        .filter(browser -> !browser.equals(poll.zone()))
                        .isPresent()
                && poll.getType() == PollType.DATETIME) {
            notices.add(
                    Texts.get(context, "results.notice.zoneDiffers", poll.zone().getId()));
        }
        warnings = new ArrayList<>();
        if (!open) {
            warnings.add(Texts.get(context, "results.warning.closed"));
        }
        if (found.deletedValuesUsed()) {
            warnings.add(Texts.get(context, "results.warning.deletedValues"));
        }
        if (manageable && poll.isAllowUnauthenticatedVoteChanges()) {
            warnings.add(Texts.get(context, "results.warning.guestChanges"));
        }
        retentionNotice = manageable ? retentionNotice(context, found, locale, now) : null;
    }

    /**
     * For managers: the day the poll will be deleted by the retention rule, in the viewer's zone and language; null
     * when retention is off. Read from what the page loaded anyway (a manager sees every vote), no extra statement.
     */
    private String retentionNotice(FacesContext context, PollResults found, Locale locale, Instant now) {
        Retention rule = new Retention(settings.getRetentionDays(), settings.getRetentionWarningDays());
        if (rule.off()) {
            return null;
        }
        Instant lastVote = found.rows().stream()
                .map(row -> row.vote().modified() != null
                        ? row.vote().modified()
                        : row.vote().created())
                .max(Instant::compareTo)
                .orElse(null);
        Instant deletion = rule.deletionDate(poll.retentionDates(lastVote), poll.hasRetentionRecipient(), now);
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(deletion.atZone(visitorZone.zone().orElse(poll.zone())));
        return Texts.get(context, "results.notice.retention", day, rule.retentionDays());
    }

    public Poll getPoll() {
        return poll;
    }

    public ResultsModel getResults() {
        return results;
    }

    public boolean isHasOptions() {
        return hasOptions;
    }

    public String getDescriptionHtml() {
        return descriptionHtml;
    }

    public PollHeader getHeader() {
        return header;
    }

    public boolean isManageable() {
        return manageable;
    }

    public boolean isOpen() {
        return open;
    }

    /** Whether the Vote button shows: one vote per user may have used the viewer's vote up. */
    public boolean isNewVoteAllowed() {
        return newVoteAllowed;
    }

    public String getVoteUrl() {
        return voteUrl;
    }

    public String getOwnVoteUrl() {
        return ownVoteUrl;
    }

    /** The login page, back to the vote form, for a guest on a poll that requires login or an invitation; else null. */
    public String getLoginToVoteUrl() {
        return loginToVoteUrl;
    }

    public List<String> getNotices() {
        return notices;
    }

    public List<String> getWarnings() {
        return warnings;
    }

    /** When the poll will be deleted, for managers only; null for others or with retention off. */
    public String getRetentionNotice() {
        return retentionNotice;
    }

    public String getChoicesUrl() {
        return Urls.choices(poll.getSlug(), poll.getType().code());
    }

    public String getCsvUrl() {
        return Urls.csv(poll.getSlug());
    }
}
