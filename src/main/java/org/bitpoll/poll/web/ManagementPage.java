package org.bitpoll.poll.web;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Optional;
import org.bitpoll.platform.faces.PollPage;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.security.Visitor;
import org.bitpoll.platform.security.Visitors;
import org.bitpoll.platform.web.Urls;
import org.bitpoll.poll.application.PollService;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.poll.domain.PollType;

/**
 * The preamble every management page shares: the poll of the address, loaded for a visitor who may manage it
 * (an unknown poll is the 404 page, someone else's the 403 page), its URL name and title for the page. An option
 * editor opened for a poll of another type sends the visitor on to the editor of the poll's type.
 */
public abstract class ManagementPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected PollService polls;

    @Inject
    private Visitors visitors;

    protected String slug;
    protected String pollTitle;

    /** Loads the poll of this page's address. */
    protected Poll loadPoll() {
        slug = PollPage.slug(FacesContext.getCurrentInstance());
        return reloadPoll();
    }

    /** Loads the poll again (after a change), with the same checks. */
    protected Poll reloadPoll() {
        Poll poll = polls.getPollToManage(slug, visitor());
        pollTitle = poll.getTitle();
        return poll;
    }

    /**
     * Loads the poll for the option editor of {@code type}; empty when the poll has another type and the visitor
     * was sent on to the editor of that type.
     */
    protected Optional<Poll> loadPollForEditor(PollType type) {
        Poll poll = loadPoll();
        if (poll.getType() != type) {
            Redirects.to(
                    FacesContext.getCurrentInstance(),
                    Urls.choices(slug, poll.getType().code()));
            return Optional.empty();
        }
        return Optional.of(poll);
    }

    /** The visitor of the current request (a view outlives the request it was made in). */
    protected Visitor visitor() {
        return visitors.current();
    }

    public String getSlug() {
        return slug;
    }

    public String getPollTitle() {
        return pollTitle;
    }
}
