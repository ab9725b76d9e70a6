package org.bitpoll.poll.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.platform.security.Visitors;
import org.bitpoll.platform.web.Urls;
import org.bitpoll.poll.application.PollService;
import org.bitpoll.poll.domain.NewPoll;
import org.bitpoll.poll.domain.PollRepository;
import org.bitpoll.poll.domain.PollType;
import org.bitpoll.poll.domain.SlugRequest;
import org.bitpoll.poll.domain.Slugs;

/** The index page: the create form, the statistics and the public polls. */
@Named
@ViewScoped
public class CreatePoll implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PollService polls;

    @Inject
    private Settings settings;

    @Inject
    private Visitors visitors;

    private String type = PollType.DATETIME.code();
    private String title;
    private String slug;
    private boolean randomSlug;
    private LocalDateTime dueDate;
    private String description;
    private boolean anonymousAllowed = true;
    private boolean requireLogin;
    private boolean allowUnauthenticatedVoteChanges;
    private boolean oneVotePerUser = true;
    private boolean voteAll;
    private boolean publicListed;

    private PollService.Statistics statistics;
    private List<PollRepository.Listing> publicPolls;

    @PostConstruct
    void init() {
        randomSlug = settings.isRandomSlugs();
        if (randomSlug) {
            slug = Slugs.random();
        }
        statistics = polls.statistics();
        publicPolls = settings.isPublicPolls() ? polls.publicPolls() : List.of();
    }

    public void randomizeNow() {
        slug = Slugs.random();
    }

    public void create() {
        FacesContext context = FacesContext.getCurrentInstance();
        String resolvedSlug = new SlugRequest(slug, randomSlug).resolve(title);
        ZoneId zone = settings.getDefaultTimeZone();
        NewPoll spec = new NewPoll(
                PollType.fromCode(type),
                title,
                resolvedSlug,
                description,
                dueDate == null ? null : dueDate.atZone(zone).toInstant(),
                zone,
                anonymousAllowed,
                requireLogin,
                false, // invitation required: offered once there are invitations
                allowUnauthenticatedVoteChanges,
                oneVotePerUser,
                voteAll,
                publicListed);
        PollService.Created created = polls.createPoll(spec, visitors.current(), LocalizedDefaults.answers(context));
        ManagementLinkFlash.showOnce(context, settings, created);
        Texts.flash(context, FacesMessage.SEVERITY_INFO, "message.poll.created");
        Redirects.to(context, Urls.choices(created.slug(), created.type().code()));
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public boolean isRandomSlug() {
        return randomSlug;
    }

    public void setRandomSlug(boolean randomSlug) {
        this.randomSlug = randomSlug;
    }

    public LocalDateTime getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDateTime dueDate) {
        this.dueDate = dueDate;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isRequireLogin() {
        return requireLogin;
    }

    public void setRequireLogin(boolean requireLogin) {
        this.requireLogin = requireLogin;
    }

    public boolean isAnonymousAllowed() {
        return anonymousAllowed;
    }

    public void setAnonymousAllowed(boolean anonymousAllowed) {
        this.anonymousAllowed = anonymousAllowed;
    }

    public boolean isAllowUnauthenticatedVoteChanges() {
        return allowUnauthenticatedVoteChanges;
    }

    public void setAllowUnauthenticatedVoteChanges(boolean allowUnauthenticatedVoteChanges) {
        this.allowUnauthenticatedVoteChanges = allowUnauthenticatedVoteChanges;
    }

    public boolean isOneVotePerUser() {
        return oneVotePerUser;
    }

    public void setOneVotePerUser(boolean oneVotePerUser) {
        this.oneVotePerUser = oneVotePerUser;
    }

    public boolean isVoteAll() {
        return voteAll;
    }

    public void setVoteAll(boolean voteAll) {
        this.voteAll = voteAll;
    }

    public boolean isPublicListed() {
        return publicListed;
    }

    public void setPublicListed(boolean publicListed) {
        this.publicListed = publicListed;
    }

    public PollService.Statistics getStatistics() {
        return statistics;
    }

    public List<PollRepository.Listing> getPublicPolls() {
        return publicPolls;
    }

    public String getTimeZone() {
        return settings.getDefaultTimeZone().getId();
    }
}
