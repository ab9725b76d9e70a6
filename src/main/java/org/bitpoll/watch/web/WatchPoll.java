package org.bitpoll.watch.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bitpoll.platform.faces.PollPage;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.platform.security.Visitors;
import org.bitpoll.watch.application.WatchService;

/**
 * The "Watch poll" / "Unwatch poll" button of the poll page, for logged-in visitors: read once per request (a guest
 * costs no statement), posted back by ajax, which updates the button and says what changed (or why not).
 */
@Named
@RequestScoped
public class WatchPoll {

    @Inject
    private WatchService service;

    @Inject
    private Visitors visitors;

    private boolean loggedIn;
    private boolean postback;
    private String slug;
    private WatchService.WatchState state = WatchService.WatchState.NONE;

    @PostConstruct
    void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        slug = PollPage.slug(context);
        postback = context.isPostback();
        loggedIn = visitors.current().isLoggedIn();
        state = service.state(slug, visitors.current());
    }

    public void watch() {
        service.watch(slug, visitors.current());
        changed("watch.started");
    }

    public void unwatch() {
        service.unwatch(slug, visitors.current());
        changed("watch.stopped");
    }

    private void changed(String key) {
        state = service.state(slug, visitors.current());
        postback = false;
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, Texts.message(context, FacesMessage.SEVERITY_INFO, key));
    }

    public boolean isLoggedIn() {
        return loggedIn;
    }

    public boolean isOffered() {
        return state.offered();
    }

    public boolean isWatching() {
        return state.watching();
    }

    /**
     * Whether the Watch button shows: to whom may watch and does not yet; on a post back also to whom may no longer
     * watch (the results were hidden since the page was shown), whose press then gets the rule's message.
     */
    public boolean isWatchShown() {
        return !state.watching() && (state.offered() || postback);
    }
}
