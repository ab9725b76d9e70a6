package org.bitpoll.poll.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bitpoll.account.application.AccountLookup;
import org.bitpoll.account.domain.UserSuggestion;
import org.bitpoll.group.domain.GroupRepository.GroupRef;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.platform.web.Urls;
import org.bitpoll.poll.application.PollService;
import org.bitpoll.poll.domain.Manager;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.poll.domain.PollFlag;
import org.bitpoll.poll.domain.PollSettings;
import org.bitpoll.poll.domain.ResultVisibility;
import org.bitpoll.poll.domain.Sorting;
import org.bitpoll.poll.domain.TimeZones;

/**
 * The settings page {@code /poll/<slug>/settings/} (F20): the poll's settings in one form, closing and
 * reopening it, its ownership, and the links to the advanced options (answer values, copy, delete). Saving stays
 * on the page. Flags the page does not offer (of features still to come) keep the values they had. A manager
 * whose browser remembers the poll's management link sees it again here.
 *
 * <p>Ownership, for logged-in managers: hand the poll to another account (the user autocomplete) and to one of
 * their groups (offered only to members of a group), claim a poll nobody owns with the management link, and
 * retire the link of an owned poll. A guest holding the link is told that logging in lets them claim it.
 */
@Named
@ViewScoped
public class EditSettings extends ManagementPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private Clock clock;

    @Inject
    private Settings siteSettings;

    @Inject
    private AccountLookup accounts;

    private boolean closed;
    private boolean openForVoting;
    private boolean guardedByKey;
    private String managementLink;

    private boolean loggedIn;
    private PollService.Ownership ownership;
    private String ownerName;
    private Long ownerGroup;
    private final Map<String, String> labels = new HashMap<>();

    private String title;
    private LocalDateTime dueDate;
    private ResultVisibility showResults;
    private String timeZone;
    private String description;
    private Sorting sorting;
    private final EnumSet<PollFlag> flags = EnumSet.noneOf(PollFlag.class);

    public void load() {
        Poll poll = loadPoll();
        guardedByKey = poll.hasManagementKey();
        managementLink = poll.managementTokenHeldBy(Manager.of(visitor()))
                .map(token -> siteSettings.getBaseUrl() + Urls.managementLink(token))
                .orElse(null);
        loggedIn = visitor().isLoggedIn();
        ownership = polls.ownership(slug, visitor());
        ownerName = ownership.ownerUsername();
        ownerGroup = ownership.group() == null ? null : ownership.group().id();
        closed = poll.isClosed();
        openForVoting = poll.isOpenForVoting(clock.instant());
        PollSettings settings = poll.settings();
        title = settings.title();
        dueDate = settings.dueDate();
        showResults = settings.showResults();
        timeZone = settings.timeZone().getId();
        description = settings.description();
        sorting = settings.sorting();
        flags.clear();
        flags.addAll(settings.flags());
    }

    public void save() {
        PollSettings settings =
                new PollSettings(title, dueDate, showResults, TimeZones.of(timeZone), description, sorting, flags);
        polls.changeSettings(slug, visitor(), settings);
        stayHere("settings.saved");
    }

    public void close() {
        polls.closePoll(slug, visitor());
        stayHere("settings.closed");
    }

    public void reopen() {
        polls.reopenPoll(slug, visitor());
        stayHere("settings.reopened");
    }

    /**
     * Hands the poll to the account and group of the owner form; a visitor who no longer manages it goes on to
     * the poll page.
     */
    public void changeOwner() {
        if (polls.handOver(slug, visitor(), ownerName, ownerGroup)) {
            stayHere("settings.owner.changed");
        } else {
            FacesContext context = FacesContext.getCurrentInstance();
            Texts.flash(context, FacesMessage.SEVERITY_INFO, "settings.owner.changed");
            Redirects.to(context, Urls.view(slug));
        }
    }

    public void claim() {
        polls.claimPoll(slug, visitor());
        stayHere("settings.owner.claimed");
    }

    public void retireManagementLink() {
        polls.retireManagementLink(slug, visitor());
        stayHere("settings.managementLink.retired");
    }

    /** The owner field's suggestions: user names, labelled with the names ({@link #labelOf}). */
    public List<String> completeOwner(String typed) {
        List<UserSuggestion> found = accounts.suggest(typed, visitor());
        found.forEach(user -> labels.put(user.username(), user.label()));
        return found.stream().map(UserSuggestion::username).toList();
    }

    /** How a suggested user name is shown: full name and user name. */
    public String labelOf(String suggested) {
        return labels.getOrDefault(suggested, suggested);
    }

    private void stayHere(String messageKey) {
        FacesContext context = FacesContext.getCurrentInstance();
        Texts.flash(context, FacesMessage.SEVERITY_INFO, messageKey);
        Redirects.to(context, Urls.settings(slug));
    }

    private boolean flag(PollFlag flag) {
        return flags.contains(flag);
    }

    private void flag(PollFlag flag, boolean on) {
        if (on) {
            flags.add(flag);
        } else {
            flags.remove(flag);
        }
    }

    /** Closed by a manager (rather than past its due date). */
    public boolean isClosed() {
        return closed;
    }

    public boolean isOpenForVoting() {
        return openForVoting;
    }

    /** Whether a management link guards this poll (it was made without login). */
    public boolean isGuardedByKey() {
        return guardedByKey;
    }

    /** The management link this browser remembers for the poll, or null. */
    public String getManagementLink() {
        return managementLink;
    }

    /** Whether the visitor is logged in: only then may they change the poll's owner or claim it. */
    public boolean isLoggedIn() {
        return loggedIn;
    }

    public PollService.Ownership getOwnership() {
        return ownership;
    }

    /** The groups the owner form offers; empty (no group choice) for a visitor in no group. */
    public List<GroupRef> getGroupChoices() {
        return ownership.groupChoices();
    }

    /** The login page, back to these settings afterwards. */
    public String getLoginUrl() {
        return Urls.login(Urls.settings(slug));
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public Long getOwnerGroup() {
        return ownerGroup;
    }

    public void setOwnerGroup(Long ownerGroup) {
        this.ownerGroup = ownerGroup;
    }

    public boolean isRequireLogin() {
        return flag(PollFlag.REQUIRE_LOGIN);
    }

    public void setRequireLogin(boolean on) {
        flag(PollFlag.REQUIRE_LOGIN, on);
    }

    public List<ResultVisibility> getResultModes() {
        return List.of(ResultVisibility.values());
    }

    public List<String> getTimeZones() {
        return TimeZones.available();
    }

    public List<Sorting> getSortings() {
        return List.of(Sorting.values());
    }

    public int getMaxTitleLength() {
        return Poll.MAX_TITLE_LENGTH;
    }

    public int getMaxDescriptionLength() {
        return PollSettings.MAX_DESCRIPTION_LENGTH;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDateTime dueDate) {
        this.dueDate = dueDate;
    }

    public ResultVisibility getShowResults() {
        return showResults;
    }

    public void setShowResults(ResultVisibility showResults) {
        this.showResults = showResults;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Sorting getSorting() {
        return sorting;
    }

    public void setSorting(Sorting sorting) {
        this.sorting = sorting;
    }

    public boolean isAnonymousAllowed() {
        return flag(PollFlag.ANONYMOUS_ALLOWED);
    }

    public void setAnonymousAllowed(boolean on) {
        flag(PollFlag.ANONYMOUS_ALLOWED, on);
    }

    public boolean isAllowComments() {
        return flag(PollFlag.ALLOW_COMMENTS);
    }

    public void setAllowComments(boolean on) {
        flag(PollFlag.ALLOW_COMMENTS, on);
    }

    public boolean isPublicListed() {
        return flag(PollFlag.PUBLIC_LISTED);
    }

    public void setPublicListed(boolean on) {
        flag(PollFlag.PUBLIC_LISTED, on);
    }

    public boolean isAllowUnauthenticatedVoteChanges() {
        return flag(PollFlag.ALLOW_UNAUTHENTICATED_VOTE_CHANGES);
    }

    public void setAllowUnauthenticatedVoteChanges(boolean on) {
        flag(PollFlag.ALLOW_UNAUTHENTICATED_VOTE_CHANGES, on);
    }

    public boolean isOneVotePerUser() {
        return flag(PollFlag.ONE_VOTE_PER_USER);
    }

    public void setOneVotePerUser(boolean on) {
        flag(PollFlag.ONE_VOTE_PER_USER, on);
    }

    public boolean isRequireInvitation() {
        return flag(PollFlag.REQUIRE_INVITATION);
    }

    public void setRequireInvitation(boolean on) {
        flag(PollFlag.REQUIRE_INVITATION, on);
    }

    public boolean isShowInvitations() {
        return flag(PollFlag.SHOW_INVITATIONS);
    }

    public void setShowInvitations(boolean on) {
        flag(PollFlag.SHOW_INVITATIONS, on);
    }

    public boolean isVoteAll() {
        return flag(PollFlag.VOTE_ALL);
    }

    public void setVoteAll(boolean on) {
        flag(PollFlag.VOTE_ALL, on);
    }

    public boolean isHideParticipants() {
        return flag(PollFlag.HIDE_PARTICIPANTS);
    }

    public void setHideParticipants(boolean on) {
        flag(PollFlag.HIDE_PARTICIPANTS, on);
    }

    public boolean isShowScoreInSummary() {
        return flag(PollFlag.SHOW_SCORE_IN_SUMMARY);
    }

    public void setShowScoreInSummary(boolean on) {
        flag(PollFlag.SHOW_SCORE_IN_SUMMARY, on);
    }

    public boolean isUseUserTimeZone() {
        return flag(PollFlag.USE_USER_TIME_ZONE);
    }

    public void setUseUserTimeZone(boolean on) {
        flag(PollFlag.USE_USER_TIME_ZONE, on);
    }
}
