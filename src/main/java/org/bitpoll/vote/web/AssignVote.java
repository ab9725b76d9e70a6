package org.bitpoll.vote.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bitpoll.account.domain.UserSuggestion;
import org.bitpoll.platform.faces.PollPage;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.platform.security.Visitors;
import org.bitpoll.platform.web.Routes;
import org.bitpoll.platform.web.Urls;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.vote.application.VoteService;

/**
 * {@code /poll/<slug>/vote/<id>/assign/} (F11): a logged-in visitor who may change a guest vote gives it to an
 * account, found with the user autocomplete (F36) by user name, first or last name. The vote then carries the
 * account's name, and the account changes it from the poll page.
 */
@Named
@ViewScoped
public class AssignVote implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VoteService votes;

    @Inject
    private Visitors visitors;

    @Inject
    private ViewerZone viewerZone;

    @Inject
    private Clock clock;

    private String slug;
    private Long voteId;
    private PollHeader header;
    private String voteName;
    private boolean ready;
    private String username;
    private final Map<String, String> labels = new HashMap<>();

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        slug = PollPage.slug(context);
        voteId = (Long) ((HttpServletRequest) context.getExternalContext().getRequest()).getAttribute(Routes.VOTE_ID);
        Poll poll = votes.getPoll(slug);
        header = PollHeader.of(
                poll, viewerZone.displayZone(poll), context.getViewRoot().getLocale(), clock.instant());
        voteName =
                votes.getVoteToAssign(slug, voteId, visitors.current()).vote().getName();
        ready = true;
    }

    /** The autocomplete's suggestions: user names, labelled with the names ({@link #labelOf}). */
    public List<String> complete(String typed) {
        List<UserSuggestion> found = votes.suggestAccounts(typed, visitors.current());
        found.forEach(user -> labels.put(user.username(), user.label()));
        return found.stream().map(UserSuggestion::username).toList();
    }

    /** How a suggested user name is shown: full name and user name. */
    public String labelOf(String suggested) {
        return labels.getOrDefault(suggested, suggested);
    }

    public void assign() {
        votes.assignVote(slug, voteId, visitors.current(), username);
        FacesContext context = FacesContext.getCurrentInstance();
        Texts.flash(context, FacesMessage.SEVERITY_INFO, "message.vote.assigned");
        Redirects.to(context, Urls.view(slug));
    }

    public String getSlug() {
        return slug;
    }

    public PollHeader getHeader() {
        return header;
    }

    /** Whether the vote may be assigned (else the page shows only why not). */
    public boolean isReady() {
        return ready;
    }

    /** The name the guest vote was cast under. */
    public String getVoteName() {
        return voteName;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
